import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import { dutyAssigners, dutyReaders } from './duties.access.js';
import * as s from './duties.schemas.js';

const tags = ['特殊作业票'];

export const list = createRoute({
  method: 'get',
  path: '/enterprises/{enterpriseId}/duty-assignments',
  tags,
  summary: '企业职责分配：谁签署哪类作业票审批、谁可代发承诺公告；附可选的本企业账号',
  middleware: [dutyReaders] as const,
  request: { params: s.EnterpriseParam },
  responses: { 200: jsonContent(s.DutiesSchema, '职责'), ...errorResponses(401, 403, 404, 422) },
});

export const assign = createRoute({
  method: 'put',
  path: '/enterprises/{enterpriseId}/duty-assignments/{duty}',
  tags,
  summary: '指定担任某一职责的账号（整体替换；仅主要负责人）',
  middleware: [dutyAssigners] as const,
  request: { params: s.DutyParams, body: jsonBody(s.AssignDutyBody, '担任者') },
  responses: { 200: jsonContent(s.DutiesSchema, '职责'), ...errorResponses(401, 403, 404, 422) },
});

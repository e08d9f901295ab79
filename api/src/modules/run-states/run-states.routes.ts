import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import { runStateReaders, runStateWriters } from './run-states.access.js';
import * as s from './run-states.schemas.js';

const tags = ['装置运行状态'];
const base = '/enterprises/{enterpriseId}/run-states' as const;

export const overview = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: '各风险分析单元（装置/设施）与重大危险源的当前运行状态，附装置计数',
  middleware: [runStateReaders] as const,
  request: { params: s.EnterpriseParam },
  responses: {
    200: jsonContent(s.RunStatesSchema, '运行状态'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const setState = createRoute({
  method: 'post',
  path: base,
  tags,
  summary:
    '变更运行状态（运行、停车、检修、试生产）：停车或检修期间其周期性排查任务暂停；恢复运行须先通过开车前检查',
  middleware: [runStateWriters] as const,
  request: { params: s.EnterpriseParam, body: jsonBody(s.SetRunStateBody, '新的运行状态') },
  responses: {
    201: jsonContent(s.RunPeriodSchema, '新的状态时段'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

export const history = createRoute({
  method: 'get',
  path: `${base}/history`,
  tags,
  summary: '运行状态历史（最新在前）',
  middleware: [runStateReaders] as const,
  request: { params: s.EnterpriseParam, query: s.HistoryQuery },
  responses: {
    200: jsonContent(s.RunPeriodPageSchema, '一页状态时段'),
    ...errorResponses(401, 403, 404, 422),
  },
});

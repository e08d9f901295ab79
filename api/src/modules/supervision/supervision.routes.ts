import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import { PageQuery } from '../../lib/pagination.js';
import { allow } from '../../middlewares/access.js';
import { HazardDetailSchema, HazardParams } from '../hazards/hazards.schemas.js';
import * as s from './supervision.schemas.js';

const tags = ['挂牌督办'];
/** Agency users list, unlist and track; enterprises read the supervision on their hazard. */
const supervisors = allow('agency_admin', 'inspector');
const base = '/enterprises/{enterpriseId}/hazards/{id}/supervision' as const;

export const supervise = createRoute({
  method: 'post',
  path: base,
  tags,
  summary: '挂牌督办辖区内整改中或待验收的重大隐患（督办编号、期限、要求）',
  middleware: [supervisors] as const,
  request: { params: HazardParams, body: jsonBody(s.SuperviseBody, '督办') },
  responses: {
    201: jsonContent(HazardDetailSchema, '挂牌后的隐患（含督办信息）'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

export const unlist = createRoute({
  method: 'post',
  path: `${base}/unlist`,
  tags,
  summary: '摘牌（挂牌机构；隐患验收销号后）',
  middleware: [supervisors] as const,
  request: { params: HazardParams, body: jsonBody(s.UnlistBody, '摘牌') },
  responses: {
    200: jsonContent(HazardDetailSchema, '摘牌后的隐患'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

export const list = createRoute({
  method: 'get',
  path: '/supervisions',
  tags,
  summary: '辖区内的挂牌督办（最新在前），含隐患状态与是否逾期',
  middleware: [supervisors] as const,
  request: { query: s.SupervisionQuery },
  responses: {
    200: jsonContent(s.SupervisionPageSchema, '一页挂牌督办'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const listPublic = createRoute({
  method: 'get',
  path: '/public/agencies/{agencyId}/supervisions',
  tags,
  summary: '机构公开页：挂牌督办与摘牌公告（无需登录；不含个人信息）',
  request: { params: s.AgencyParam, query: PageQuery },
  responses: {
    200: jsonContent(s.PublicSupervisionPageSchema, '公告'),
    ...errorResponses(404, 422),
  },
});

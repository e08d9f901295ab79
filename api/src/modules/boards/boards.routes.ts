import { createRoute } from '@hono/zod-openapi';
import { EnterpriseItemParams, errorResponses, jsonContent, OkSchema } from '../../lib/schemas.js';
import { registerReaders, registerWriters } from '../risk/risk.access.js';
import { BoardLinkSchema, BoardSchema, PublicBoardSchema, TokenParam } from './boards.schemas.js';

const tags = ['岗位告知卡'];
const path = '/enterprises/{enterpriseId}/positions/{id}';

export const board = createRoute({
  method: 'get',
  path: `${path}/board`,
  tags,
  summary: '岗位安全风险告知卡内容（由风险登记实时生成）',
  middleware: [registerReaders] as const,
  request: { params: EnterpriseItemParams },
  responses: { 200: jsonContent(BoardSchema, '告知卡'), ...errorResponses(401, 403, 404, 422) },
});

export const issueLink = createRoute({
  method: 'post',
  path: `${path}/board-link`,
  tags,
  summary: '发布（或重新发布）告知卡公开链接；旧链接作废',
  middleware: [registerWriters] as const,
  request: { params: EnterpriseItemParams },
  responses: {
    201: jsonContent(BoardLinkSchema, '新链接'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

export const revokeLink = createRoute({
  method: 'post',
  path: `${path}/board-link/revoke`,
  tags,
  summary: '作废告知卡公开链接',
  middleware: [registerWriters] as const,
  request: { params: EnterpriseItemParams },
  responses: { 200: jsonContent(OkSchema, '已作废'), ...errorResponses(401, 403, 404, 422) },
});

export const publicBoard = createRoute({
  method: 'get',
  path: '/public/boards/{token}',
  tags,
  summary: '公开告知卡（扫码查看，无需登录；只含告知卡内容）',
  request: { params: TokenParam },
  responses: { 200: jsonContent(PublicBoardSchema, '告知卡'), ...errorResponses(404, 422) },
});

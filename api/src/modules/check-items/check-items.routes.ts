import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import { adopters, adoptionReaders, libraryAdmins } from './check-items.access.js';
import * as s from './check-items.schemas.js';

const tags = ['检查项库'];
const WRITE = errorResponses(401, 403, 404, 409, 422);

export const list = createRoute({
  method: 'get',
  path: '/public/check-items',
  tags,
  summary: '检查项库（检查内容、检查依据、适用行业），含现行判定标准的全部条目（无需登录）',
  request: { query: s.CheckItemQuery },
  responses: { 200: jsonContent(s.CheckItemPageSchema, '检查项'), ...errorResponses(422) },
});

export const create = createRoute({
  method: 'post',
  path: '/check-items',
  tags,
  summary: '新增检查项（平台管理员）',
  middleware: [libraryAdmins] as const,
  request: { body: jsonBody(s.CheckItemBody, '检查项') },
  responses: { 201: jsonContent(s.CheckItemSchema, '已新增'), ...errorResponses(401, 403, 422) },
});

export const update = createRoute({
  method: 'patch',
  path: '/check-items/{checkItemId}',
  tags,
  summary: '修改、停用或恢复检查项（平台管理员；已采纳的内容不受影响）',
  middleware: [libraryAdmins] as const,
  request: { params: s.CheckItemParam, body: jsonBody(s.CheckItemPatch, '修改') },
  responses: { 200: jsonContent(s.CheckItemSchema, '已修改'), ...WRITE },
});

export const adopted = createRoute({
  method: 'get',
  path: '/enterprises/{enterpriseId}/control-measures/{id}/check-items',
  tags,
  summary: '管控措施采纳的检查项（含判定条目）',
  middleware: [adoptionReaders] as const,
  request: { params: s.MeasureParams },
  responses: {
    200: jsonContent(s.MeasureCheckItemsSchema, '采纳的检查项'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const adopt = createRoute({
  method: 'post',
  path: '/enterprises/{enterpriseId}/control-measures/{id}/check-items',
  tags,
  summary:
    '把检查项或判定条目采纳进管控措施的排查内容；采纳判定条目的措施排查异常时，生成的隐患据此关联该条目',
  middleware: [adopters] as const,
  request: { params: s.MeasureParams, body: jsonBody(s.AdoptBody, '采纳') },
  responses: { 201: jsonContent(s.MeasureCheckItemsSchema, '采纳后的检查项'), ...WRITE },
});

import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import { triagers } from './tipoffs.access.js';
import * as s from './tipoffs.schemas.js';

const tags = ['隐患举报'];

// ——— public: no session ———

export const searchEnterprises = createRoute({
  method: 'get',
  path: '/public/enterprises',
  tags,
  summary: '举报时查找企业（名称或统一社会信用代码，或告知卡链接）：只返回编号、名称和所在辖区',
  request: { query: s.EnterpriseSearchQuery },
  responses: {
    200: jsonContent(z.object({ items: z.array(s.PublicEnterpriseSchema) }), '企业'),
    ...errorResponses(422),
  },
});

export const file = createRoute({
  method: 'post',
  path: '/public/tipoffs',
  tags,
  summary: '提交举报（无需登录，可匿名，可附照片；按来源地址限频），返回查询码',
  request: {
    body: { content: { 'multipart/form-data': { schema: s.TipoffForm } }, required: true },
  },
  responses: { 201: jsonContent(s.FiledSchema, '已受理'), ...errorResponses(400, 422, 429) },
});

export const status = createRoute({
  method: 'get',
  path: '/public/tipoffs/{receiptCode}',
  tags,
  summary: '凭查询码查询举报处理进度（不含企业内部信息）',
  request: { params: s.ReceiptParam },
  responses: {
    200: jsonContent(s.PublicStatusSchema, '处理进度'),
    ...errorResponses(404, 422),
  },
});

// ——— triage: the agencies over the enterprise ———

export const list = createRoute({
  method: 'get',
  path: '/tipoffs',
  tags,
  summary: '辖区内的举报（最新在前），按状态、企业筛选；含举报人信息，仅监管部门可见',
  middleware: [triagers] as const,
  request: { query: s.TriageListQuery },
  responses: {
    200: jsonContent(s.TipoffPageSchema, '一页举报'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const getOne = createRoute({
  method: 'get',
  path: '/tipoffs/{tipoffId}',
  tags,
  summary: '举报详情（含举报人身份、联系方式和照片）',
  middleware: [triagers] as const,
  request: { params: s.TipoffParam },
  responses: {
    200: jsonContent(s.TipoffDetailSchema, '举报'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const move = createRoute({
  method: 'post',
  path: '/tipoffs/{tipoffId}/moves',
  tags,
  summary:
    '处理举报：开始核查、认定不属实、核实并生成隐患（来源「举报」）、登记罚款与奖励、登记发放',
  middleware: [triagers] as const,
  request: { params: s.TipoffParam, body: jsonBody(s.MoveBody, '操作') },
  responses: {
    200: jsonContent(s.TipoffDetailSchema, '处理后的举报'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

const binary = { schema: z.string().openapi({ format: 'binary' }) };

export const photo = createRoute({
  method: 'get',
  path: '/tipoffs/{tipoffId}/photos/{photoId}',
  tags,
  summary: '举报照片',
  middleware: [triagers] as const,
  request: { params: s.PhotoParams },
  responses: {
    200: {
      content: { 'image/jpeg': binary, 'image/png': binary, 'image/webp': binary },
      description: '照片',
    },
    ...errorResponses(401, 403, 404, 422),
  },
});

import { createRoute, z } from '@hono/zod-openapi';
import {
  CreatedSchema,
  EnterpriseItemParams,
  EnterpriseParam,
  errorResponses,
  jsonBody,
  jsonContent,
} from '../../lib/schemas.js';
import { PolygonBody, SitePlanMeta, UploadBody } from './site-plan.schemas.js';
import { registerReaders, registerWriters } from '../risk/risk.access.js';

const tags = ['四色分布图'];

export const upload = createRoute({
  method: 'put',
  path: '/enterprises/{enterpriseId}/site-plan',
  tags,
  summary: '上传平面图（PNG 或 JPEG，按内容识别，最大 10 MB；替换旧图）',
  middleware: [registerWriters] as const,
  request: {
    params: EnterpriseParam,
    body: { content: { 'multipart/form-data': { schema: UploadBody } }, required: true },
  },
  responses: { 200: jsonContent(SitePlanMeta, '平面图'), ...errorResponses(401, 403, 404, 422) },
});

export const image = createRoute({
  method: 'get',
  path: '/enterprises/{enterpriseId}/site-plan',
  tags,
  summary: '平面图图片',
  middleware: [registerReaders] as const,
  request: { params: EnterpriseParam },
  responses: {
    200: {
      content: {
        'image/png': { schema: z.string().openapi({ format: 'binary' }) },
        'image/jpeg': { schema: z.string().openapi({ format: 'binary' }) },
      },
      description: '图片',
    },
    ...errorResponses(401, 403, 404, 422),
  },
});

export const placeObject = createRoute({
  method: 'put',
  path: '/enterprises/{enterpriseId}/risk-objects/{id}/polygon',
  tags,
  summary: '在平面图上标注风险分析对象（多边形）',
  middleware: [registerWriters] as const,
  request: { params: EnterpriseItemParams, body: jsonBody(PolygonBody, '多边形') },
  responses: {
    200: jsonContent(CreatedSchema, '对象编号'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

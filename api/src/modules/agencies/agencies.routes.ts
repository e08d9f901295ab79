import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import { allow } from '../../middlewares/access.js';
import { AgencyListQuery, AgencySchema, CreateAgencyBody } from './agencies.schemas.js';

const tags = ['监管机构'];

export const list = createRoute({
  method: 'get',
  path: '/agencies',
  tags,
  summary: '监管机构列表（本辖区及下级）',
  middleware: [allow('platform_admin', 'agency_admin', 'inspector')] as const,
  request: { query: AgencyListQuery },
  responses: {
    200: jsonContent(z.object({ items: z.array(AgencySchema) }), '机构'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const create = createRoute({
  method: 'post',
  path: '/agencies',
  tags,
  summary: '新增监管机构（平台管理员）',
  middleware: [allow('platform_admin')] as const,
  request: { body: jsonBody(CreateAgencyBody, '机构') },
  responses: {
    201: jsonContent(AgencySchema, '已创建'),
    ...errorResponses(401, 403, 409, 422),
  },
});

export const publicList = createRoute({
  method: 'get',
  path: '/public/agencies',
  tags,
  summary: '公开：监管机构名录（各机构的公示页入口）',
  responses: {
    200: jsonContent(z.object({ items: z.array(AgencySchema) }), '在用的机构'),
    ...errorResponses(422),
  },
});

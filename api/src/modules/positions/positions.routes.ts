import { createRoute, z } from '@hono/zod-openapi';
import {
  EnterpriseItemParams,
  EnterpriseParam,
  errorResponses,
  jsonBody,
  jsonContent,
} from '../../lib/schemas.js';
import { RegisterQuery } from '../risk/risk.schemas.js';
import { PositionBody, PositionSchema, PositionUpdate } from './positions.schemas.js';
import { registerReaders, registerWriters } from '../risk/risk.access.js';

const tags = ['岗位'];

export const list = createRoute({
  method: 'get',
  path: '/enterprises/{enterpriseId}/positions',
  tags,
  summary: '岗位及其风险分析单元和员工',
  middleware: [registerReaders] as const,
  request: { params: EnterpriseParam, query: RegisterQuery },
  responses: {
    200: jsonContent(z.object({ items: z.array(PositionSchema) }), '岗位'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const create = createRoute({
  method: 'post',
  path: '/enterprises/{enterpriseId}/positions',
  tags,
  summary: '新增岗位',
  middleware: [registerWriters] as const,
  request: { params: EnterpriseParam, body: jsonBody(PositionBody, '岗位') },
  responses: { 201: jsonContent(PositionSchema, '岗位'), ...errorResponses(401, 403, 404, 422) },
});

export const update = createRoute({
  method: 'patch',
  path: '/enterprises/{enterpriseId}/positions/{id}',
  tags,
  summary: '修改岗位（单元和员工整体替换）',
  middleware: [registerWriters] as const,
  request: { params: EnterpriseItemParams, body: jsonBody(PositionUpdate, '要修改的字段') },
  responses: {
    200: jsonContent(PositionSchema, '岗位'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

export const archive = createRoute({
  method: 'post',
  path: '/enterprises/{enterpriseId}/positions/{id}/archive',
  tags,
  summary: '归档岗位',
  middleware: [registerWriters] as const,
  request: { params: EnterpriseItemParams },
  responses: {
    200: jsonContent(PositionSchema, '岗位'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import {
  completionReaders,
  custodianAssigners,
  majorHazardReaders,
  majorHazardWriters,
  subtreeCompletionReaders,
} from './major-hazards.access.js';
import * as s from './major-hazards.schemas.js';

const tags = ['重大危险源包保'];
const base = '/enterprises/{enterpriseId}/major-hazards' as const;
const item = `${base}/{id}` as const;

export const list = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: '重大危险源（编码、级别、覆盖的风险分析对象、三类包保责任人、运行状态）',
  middleware: [majorHazardReaders] as const,
  request: { params: s.EnterpriseParam, query: s.ListQuery },
  responses: {
    200: jsonContent(s.MajorHazardListSchema, '重大危险源'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const create = createRoute({
  method: 'post',
  path: base,
  tags,
  summary: '登记重大危险源',
  middleware: [majorHazardWriters] as const,
  request: { params: s.EnterpriseParam, body: jsonBody(s.CreateMajorHazardBody, '重大危险源') },
  responses: {
    201: jsonContent(s.MajorHazardDetailSchema, '已登记'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

export const detail = createRoute({
  method: 'get',
  path: item,
  tags,
  summary: '一个重大危险源，附包保责任人的历任记录',
  middleware: [majorHazardReaders] as const,
  request: { params: s.EnterpriseItemParams },
  responses: {
    200: jsonContent(s.MajorHazardDetailSchema, '重大危险源'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const update = createRoute({
  method: 'patch',
  path: item,
  tags,
  summary: '修改重大危险源（编码、名称、级别、说明、覆盖的风险分析对象）',
  middleware: [majorHazardWriters] as const,
  request: {
    params: s.EnterpriseItemParams,
    body: jsonBody(s.UpdateMajorHazardBody, '修改的字段'),
  },
  responses: {
    200: jsonContent(s.MajorHazardDetailSchema, '已修改'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

export const archive = createRoute({
  method: 'post',
  path: `${item}/archive`,
  tags,
  summary: '归档重大危险源（现任包保责任人随之卸任，不再生成包保任务）',
  middleware: [majorHazardWriters] as const,
  request: { params: s.EnterpriseItemParams },
  responses: {
    200: jsonContent(s.MajorHazardDetailSchema, '已归档'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

export const assignCustodian = createRoute({
  method: 'put',
  path: `${item}/custodians/{role}`,
  tags,
  summary: '指定一类包保责任人（仅企业主要负责人）；原责任人同时卸任，历任记录保留',
  middleware: [custodianAssigners] as const,
  request: { params: s.RoleParams, body: jsonBody(s.AssignCustodianBody, '包保责任人') },
  responses: {
    200: jsonContent(s.MajorHazardDetailSchema, '已指定'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

export const board = createRoute({
  method: 'get',
  path: `${item}/board`,
  tags,
  summary: '重大危险源包保责任公示牌内容（三类责任人、职责、联系电话），供打印张贴',
  middleware: [majorHazardReaders] as const,
  request: { params: s.EnterpriseItemParams },
  responses: {
    200: jsonContent(s.MajorHazardBoardSchema, '公示牌'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const completion = createRoute({
  method: 'get',
  path: '/enterprises/{enterpriseId}/custody-completion',
  tags,
  summary: '本企业包保责任人履职完成率（按重大危险源、角色、月份）',
  middleware: [completionReaders] as const,
  request: { params: s.EnterpriseParam, query: s.CompletionQuery },
  responses: {
    200: jsonContent(s.CompletionSchema, '完成情况'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const subtreeCompletion = createRoute({
  method: 'get',
  path: '/custody-completion',
  tags,
  summary: '辖区包保责任人履职完成率：哪些包保责任人有漏检（behind=true 只看落后的）',
  middleware: [subtreeCompletionReaders] as const,
  request: { query: s.SubtreeCompletionQuery },
  responses: {
    200: jsonContent(s.SubtreeCompletionSchema, '完成情况'),
    ...errorResponses(401, 403, 404, 422),
  },
});

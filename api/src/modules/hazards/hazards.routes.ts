import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import {
  chainVerifiers,
  extensionDeciders,
  extensionRequesters,
  hazardReaders,
  hazardWriters,
  planEditors,
  subtreeReaders,
} from './hazards.access.js';
import { IdempotencyHeader, replayHeaders } from '../idempotency/idempotency.schemas.js';
import * as s from './hazards.schemas.js';

const tags = ['隐患排查治理'];
const base = '/enterprises/{enterpriseId}' as const;
const WRITE_ERRORS = errorResponses(401, 403, 404, 409, 422);

export const register = createRoute({
  method: 'post',
  path: `${base}/hazards`,
  tags,
  summary: '登记隐患（企业人员上报待确认；监管部门登记的直接进入整改）',
  description:
    '离线「随手拍」同步：带 Idempotency-Key 重发返回第一次的结果，不会登记第二条；recordedAt 为设备上记录的时间。',
  middleware: [hazardWriters] as const,
  request: {
    params: s.EnterpriseParam,
    headers: IdempotencyHeader,
    body: jsonBody(s.HazardBody, '隐患'),
  },
  responses: {
    201: { ...jsonContent(s.HazardDetailSchema, '登记后的隐患'), headers: replayHeaders },
    ...errorResponses(401, 403, 404, 422),
  },
});

export const list = createRoute({
  method: 'get',
  path: `${base}/hazards`,
  tags,
  summary: '隐患列表（最新在前，按状态、等级、来源、是否逾期筛选）；岗位员工只看到自己上报的',
  middleware: [hazardReaders] as const,
  request: { params: s.EnterpriseParam, query: s.ListQuery },
  responses: {
    200: jsonContent(s.HazardPageSchema, '一页隐患'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const listAcross = createRoute({
  method: 'get',
  path: '/hazards',
  tags,
  summary: '监管部门辖区内的隐患（最新在前），按等级、状态、逾期、来源、行业、辖区、企业筛选',
  middleware: [subtreeReaders] as const,
  request: { query: s.SearchQuery },
  responses: {
    200: jsonContent(s.HazardAcrossPageSchema, '一页隐患'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const getOne = createRoute({
  method: 'get',
  path: `${base}/hazards/{id}`,
  tags,
  summary: '隐患详情，含全部事件和延期申请',
  middleware: [hazardReaders] as const,
  request: { params: s.HazardParams },
  responses: {
    200: jsonContent(s.HazardDetailSchema, '隐患'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const move = createRoute({
  method: 'post',
  path: `${base}/hazards/{id}/moves`,
  tags,
  summary: '推进隐患闭环：不予确认、确认、提交整改、验收销号、验收不通过',
  middleware: [hazardWriters] as const,
  request: { params: s.HazardParams, body: jsonBody(s.MoveBody, '操作') },
  responses: { 200: jsonContent(s.HazardDetailSchema, '操作后的隐患'), ...WRITE_ERRORS },
});

export const editPlan = createRoute({
  method: 'put',
  path: `${base}/hazards/{id}/plan`,
  tags,
  summary: '修改整改中隐患的治理方案（五到位、期限、责任人），记入事件；已销号的不可修改',
  middleware: [planEditors] as const,
  request: { params: s.HazardParams, body: jsonBody(s.PlanEditBody, '治理方案') },
  responses: { 200: jsonContent(s.HazardDetailSchema, '修改后的隐患'), ...WRITE_ERRORS },
});

export const requestExtension = createRoute({
  method: 'post',
  path: `${base}/hazards/{id}/extensions`,
  tags,
  summary: '申请延期（整改中的隐患，一次一个待审批申请）',
  middleware: [extensionRequesters] as const,
  request: { params: s.HazardParams, body: jsonBody(s.ExtensionBody, '延期申请') },
  responses: { 201: jsonContent(s.HazardDetailSchema, '申请后的隐患'), ...WRITE_ERRORS },
});

export const decideExtension = createRoute({
  method: 'post',
  path: `${base}/hazards/{id}/extensions/{extensionId}/decision`,
  tags,
  summary: '审批延期申请（企业主要负责人；监管检查发现的由发现它的监管部门）',
  middleware: [extensionDeciders] as const,
  request: { params: s.ExtensionParams, body: jsonBody(s.DecisionBody, '审批结果') },
  responses: { 200: jsonContent(s.HazardDetailSchema, '审批后的隐患'), ...WRITE_ERRORS },
});

export const verifyChain = createRoute({
  method: 'get',
  path: `${base}/hazard-chain/verify`,
  tags,
  summary: '校验企业隐患事件链（逐条重算 hash），报告第一个不符的事件',
  middleware: [chainVerifiers] as const,
  request: { params: s.EnterpriseParam },
  responses: {
    200: jsonContent(s.ChainVerifySchema, '校验结果'),
    ...errorResponses(401, 403, 404, 422),
  },
});

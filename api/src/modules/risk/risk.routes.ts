import { createRoute, z } from '@hono/zod-openapi';
import {
  CreatedSchema,
  EnterpriseItemParams,
  EnterpriseParam,
  errorResponses,
  jsonBody,
  jsonContent,
  OkSchema,
} from '../../lib/schemas.js';
import * as s from './risk.schemas.js';
import { registerReaders, registerWriters } from './risk.access.js';

const tags = ['风险分级管控'];
const base = '/enterprises/{enterpriseId}' as const;

const CREATED = jsonContent(CreatedSchema, '记录编号');
const WRITE_ERRORS = errorResponses(401, 403, 404, 409, 422);

/** POST a new child under the row `{id}`. */
const createUnder = <P extends string, B extends z.ZodType>(path: P, summary: string, body: B) =>
  createRoute({
    method: 'post',
    path: `${base}${path}` as `${typeof base}${P}`,
    tags,
    summary,
    middleware: [registerWriters] as const,
    request: { params: EnterpriseItemParams, body: jsonBody(body, summary) },
    responses: { 201: CREATED, ...WRITE_ERRORS },
  });

/** PATCH the row `{id}`. */
const change = <P extends string, B extends z.ZodType>(path: P, summary: string, body: B) =>
  createRoute({
    method: 'patch',
    path: `${base}${path}` as `${typeof base}${P}`,
    tags,
    summary,
    middleware: [registerWriters] as const,
    request: { params: EnterpriseItemParams, body: jsonBody(body, summary) },
    responses: { 200: CREATED, ...WRITE_ERRORS },
  });

/** Archive the row `{id}`: it keeps its history and drops out of the current lists. */
const archive = <P extends string>(path: P, summary: string) =>
  createRoute({
    method: 'post',
    path: `${base}${path}` as `${typeof base}${P}`,
    tags,
    summary,
    middleware: [registerWriters] as const,
    request: { params: EnterpriseItemParams },
    responses: { 200: CREATED, ...WRITE_ERRORS },
  });

export const register = createRoute({
  method: 'get',
  path: `${base}/risk-register`,
  tags,
  summary: '企业风险清单全貌（对象 → 单元 → 事件 → 措施），含颜色汇总',
  middleware: [registerReaders] as const,
  request: { params: EnterpriseParam, query: s.RegisterQuery },
  responses: {
    200: jsonContent(s.RiskRegisterSchema, '风险登记'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const createObject = createRoute({
  method: 'post',
  path: `${base}/risk-objects`,
  tags,
  summary: '新增风险分析对象',
  middleware: [registerWriters] as const,
  request: { params: EnterpriseParam, body: jsonBody(s.RiskObjectBody, '风险分析对象') },
  responses: { 201: CREATED, ...WRITE_ERRORS },
});
export const updateObject = change('/risk-objects/{id}', '修改风险分析对象', s.RiskObjectUpdate);
export const archiveObject = archive('/risk-objects/{id}/archive', '归档风险分析对象');

export const createUnit = createUnder(
  '/risk-objects/{id}/units',
  '新增风险分析单元',
  s.RiskUnitBody,
);
export const updateUnit = change('/risk-units/{id}', '修改风险分析单元', s.RiskUnitUpdate);
export const archiveUnit = archive('/risk-units/{id}/archive', '归档风险分析单元');

export const createEvent = createUnder('/risk-units/{id}/events', '新增风险事件', s.RiskEventBody);
export const updateEvent = change('/risk-events/{id}', '修改风险事件', s.RiskEventUpdate);
export const archiveEvent = archive('/risk-events/{id}/archive', '归档风险事件');
export const setControlLevel = createRoute({
  method: 'put',
  path: `${base}/risk-events/{id}/control-level`,
  tags,
  summary: '调整管控层级（与默认不同时须说明理由）',
  middleware: [registerWriters] as const,
  request: { params: EnterpriseItemParams, body: jsonBody(s.ControlLevelBody, '管控层级') },
  responses: { 200: CREATED, ...WRITE_ERRORS },
});

export const createMeasure = createUnder(
  '/risk-events/{id}/measures',
  '新增管控措施',
  s.ControlMeasureCreate,
);
export const updateMeasure = change(
  '/control-measures/{id}',
  '修改管控措施',
  s.ControlMeasureUpdate,
);
export const archiveMeasure = archive('/control-measures/{id}/archive', '归档管控措施');

export const createEmergency = createUnder(
  '/risk-events/{id}/emergency-measures',
  '新增应急处置措施',
  s.EmergencyMeasureBody,
);
export const updateEmergency = change(
  '/emergency-measures/{id}',
  '修改应急处置措施',
  s.EmergencyMeasureUpdate,
);
export const archiveEmergency = archive('/emergency-measures/{id}/archive', '归档应急处置措施');

export const assess = createRoute({
  method: 'post',
  path: `${base}/risk-events/{id}/assessments`,
  tags,
  summary: '评估风险事件（LEC 或 LS；等级由服务器按辖区阈值计算）',
  middleware: [registerWriters] as const,
  request: { params: EnterpriseItemParams, body: jsonBody(s.AssessmentBody, '评估输入') },
  responses: {
    201: jsonContent(s.AssessmentSchema, '评估结果'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

export const history = createRoute({
  method: 'get',
  path: `${base}/risk-events/{id}/assessments`,
  tags,
  summary: '风险事件的评估历史（最新在前）',
  middleware: [registerReaders] as const,
  request: { params: EnterpriseItemParams },
  responses: {
    200: jsonContent(z.object({ items: z.array(s.AssessmentSchema) }), '评估历史'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const reorder = createRoute({
  method: 'put',
  path: `${base}/risk-order`,
  tags,
  summary: '调整一个列表的顺序（对象、单元、事件、管控措施或应急处置措施），一次整体提交',
  middleware: [registerWriters] as const,
  request: { params: EnterpriseParam, body: jsonBody(s.ReorderBody, '新顺序') },
  responses: { 200: jsonContent(OkSchema, '已排序'), ...WRITE_ERRORS },
});

import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import { agencyPeople, directoryKeepers } from './inspections.access.js';
import * as s from './inspections.schemas.js';
import { AdoptBody } from '../check-items/check-items.schemas.js';

const tags = ['双随机一公开'];
const READ = errorResponses(401, 403, 404, 422);
const WRITE = errorResponses(401, 403, 404, 409, 422);

export const listInspectors = createRoute({
  method: 'get',
  path: '/inspectors',
  tags,
  summary: '本部门执法人员名录',
  middleware: [agencyPeople] as const,
  responses: { 200: jsonContent(s.InspectorList, '执法人员'), ...READ },
});
export const createInspector = createRoute({
  method: 'post',
  path: '/inspectors',
  tags,
  summary: '登记执法人员（执法证号全国唯一；可关联本部门执法人员账号用于记录检查）',
  middleware: [directoryKeepers] as const,
  request: { body: jsonBody(s.InspectorBody, '执法人员') },
  responses: { 201: jsonContent(s.InspectorSchema, '已登记'), ...WRITE },
});
export const updateInspector = createRoute({
  method: 'patch',
  path: '/inspectors/{id}',
  tags,
  summary: '修改执法人员（姓名、在岗、关联账号）',
  middleware: [directoryKeepers] as const,
  request: { params: s.IdParam, body: jsonBody(s.InspectorPatch, '修改') },
  responses: { 200: jsonContent(s.InspectorSchema, '已修改'), ...WRITE },
});
export const listConflicts = createRoute({
  method: 'get',
  path: '/inspector-conflicts',
  tags,
  summary: '执法人员回避关系（利害关系申报）',
  middleware: [agencyPeople] as const,
  responses: { 200: jsonContent(s.ConflictList, '回避关系'), ...READ },
});
export const declareConflict = createRoute({
  method: 'post',
  path: '/inspector-conflicts',
  tags,
  summary: '登记回避关系：该执法人员不会被抽到检查该企业',
  middleware: [directoryKeepers] as const,
  request: { body: jsonBody(s.ConflictBody, '回避关系') },
  responses: { 201: jsonContent(s.ConflictSchema, '已登记'), ...WRITE },
});
export const listItems = createRoute({
  method: 'get',
  path: '/inspection-items',
  tags,
  summary: '本部门抽查事项库',
  middleware: [agencyPeople] as const,
  responses: { 200: jsonContent(s.ItemList, '抽查事项'), ...READ },
});
export const createItem = createRoute({
  method: 'post',
  path: '/inspection-items',
  tags,
  summary: '新增抽查事项（事项、法律依据、检查方式）',
  middleware: [directoryKeepers] as const,
  request: { body: jsonBody(s.ItemBody, '抽查事项') },
  responses: { 201: jsonContent(s.ItemSchema, '已新增'), ...WRITE },
});
export const adoptItem = createRoute({
  method: 'post',
  path: '/inspection-items/from-library',
  tags,
  summary: '从检查项库（含重大事故隐患判定条目）采纳抽查事项：检查内容与依据取自库中',
  middleware: [directoryKeepers] as const,
  request: { body: jsonBody(AdoptBody, '采纳') },
  responses: { 201: jsonContent(s.ItemSchema, '已采纳'), ...WRITE },
});

export const listPlans = createRoute({
  method: 'get',
  path: '/inspection-plans',
  tags,
  summary: '本部门抽查计划',
  middleware: [agencyPeople] as const,
  responses: { 200: jsonContent(s.PlanList, '抽查计划'), ...READ },
});
export const createPlan = createRoute({
  method: 'post',
  path: '/inspection-plans',
  tags,
  summary: '制定抽查计划（事项、范围、抽取数量或比例、每组人数 ≥ 2）',
  middleware: [agencyPeople] as const,
  request: { body: jsonBody(s.PlanBody, '抽查计划') },
  responses: { 201: jsonContent(s.PlanDetail, '已制定'), ...WRITE },
});
export const getPlan = createRoute({
  method: 'get',
  path: '/inspection-plans/{id}',
  tags,
  summary: '抽查计划详情：抽取记录（含公开的输入）、检查任务与结果',
  middleware: [agencyPeople] as const,
  request: { params: s.IdParam },
  responses: { 200: jsonContent(s.PlanDetail, '抽查计划'), ...READ },
});
export const draw = createRoute({
  method: 'post',
  path: '/inspection-plans/{id}/draws',
  tags,
  summary: '抽取企业与检查组（种子 = 监督人现场输入值 + 服务器时间；重抽须填理由，原记录保留）',
  middleware: [agencyPeople] as const,
  request: { params: s.IdParam, body: jsonBody(s.DrawBody, '种子输入') },
  responses: { 201: jsonContent(s.DrawSchema, '抽取结果'), ...WRITE },
});
export const verifyDraw = createRoute({
  method: 'post',
  path: '/inspection-draws/{id}/verify',
  tags,
  summary: '按保存的输入重新计算抽取，核对是否一致',
  middleware: [agencyPeople] as const,
  request: { params: s.IdParam },
  responses: { 200: jsonContent(s.VerificationSchema, '核对结果'), ...READ },
});

export const listInspections = createRoute({
  method: 'get',
  path: '/inspections',
  tags,
  summary: '检查任务（本部门；mine=true 只看本人所在组）',
  middleware: [agencyPeople] as const,
  request: { query: s.InspectionListQuery },
  responses: { 200: jsonContent(s.InspectionList, '检查任务'), ...READ },
});
export const overduePublications = createRoute({
  method: 'get',
  path: '/inspections/overdue-publications',
  tags,
  summary: '逾期未公开的检查结果（辖区内各部门）',
  middleware: [agencyPeople] as const,
  request: { query: s.OverdueQuery },
  responses: { 200: jsonContent(s.OverdueList, '逾期未公开'), ...READ },
});
export const getInspection = createRoute({
  method: 'get',
  path: '/inspections/{id}',
  tags,
  summary: '检查任务详情',
  middleware: [agencyPeople] as const,
  request: { params: s.IdParam },
  responses: { 200: jsonContent(s.InspectionSchema, '检查任务'), ...READ },
});
export const recordInspection = createRoute({
  method: 'post',
  path: '/inspections/{id}/record',
  tags,
  summary: '记录检查结果（仅本组执法人员）：逐项结果、发现问题（可立案为隐患）、现场文书',
  middleware: [agencyPeople] as const,
  request: { params: s.IdParam, body: jsonBody(s.RecordBody, '检查记录') },
  responses: { 200: jsonContent(s.InspectionSchema, '已记录'), ...WRITE },
});
export const publishInspection = createRoute({
  method: 'post',
  path: '/inspections/{id}/publish',
  tags,
  summary: '公开检查结果（一公开）',
  middleware: [agencyPeople] as const,
  request: { params: s.IdParam },
  responses: { 200: jsonContent(s.InspectionSchema, '已公开'), ...WRITE },
});

const publicTags = ['公开信息'];
export const publicResults = createRoute({
  method: 'get',
  path: '/public/agencies/{agencyId}/inspections',
  tags: publicTags,
  summary: '监管部门公开的双随机抽查结果与抽取记录（无需登录）',
  request: { params: s.AgencyParam },
  responses: { 200: jsonContent(s.PublicResultList, '公开结果'), ...errorResponses(404, 422) },
});
export const publicDraw = createRoute({
  method: 'get',
  path: '/public/inspection-draws/{id}',
  tags: publicTags,
  summary: '公开的抽取记录（JSON，可下载后用 verify-draw 命令复算）',
  request: { params: s.IdParam },
  responses: { 200: jsonContent(s.Published, '抽取记录'), ...errorResponses(404, 422) },
});
export const publicVerify = createRoute({
  method: 'get',
  path: '/public/inspection-draws/{id}/verify',
  tags: publicTags,
  summary: '复算公开的抽取记录，核对是否一致（无需登录）',
  request: { params: s.IdParam },
  responses: { 200: jsonContent(s.VerificationSchema, '核对结果'), ...errorResponses(404, 422) },
});

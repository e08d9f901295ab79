import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import { hazardFormUsers, libraryAdmins, majorViewReaders } from './criteria.access.js';
import * as s from './criteria.schemas.js';
import { MajorByItemQuery, MajorByItemSchema } from './major-hazards.schemas.js';

const tags = ['重大事故隐患判定标准'];
const WRITE = errorResponses(401, 403, 404, 409, 422);

// ——— the library: anyone reads it (under /public); with a platform admin's session, `actions`
// say what it may do ———

export const listStandards = createRoute({
  method: 'get',
  path: '/public/criteria/standards',
  tags,
  summary: '判定标准库：全部标准（现行、尚未施行、已废止），及本库收录完整与否（无需登录）',
  responses: { 200: jsonContent(s.StandardListSchema, '判定标准') },
});

export const getStandard = createRoute({
  method: 'get',
  path: '/public/criteria/standards/{code}',
  tags,
  summary: '一项判定标准及其全部条目（当前版本，按标准顺序；无需登录）',
  request: { params: s.CodeParam },
  responses: {
    200: jsonContent(s.StandardDetailSchema, '判定标准'),
    ...errorResponses(404, 422),
  },
});

export const searchItems = createRoute({
  method: 'get',
  path: '/public/criteria/items',
  tags,
  summary: '检索判定标准条目：按词（中文）、标准、行业筛选（默认只看现行标准；无需登录）',
  request: { query: s.SearchQuery },
  responses: { 200: jsonContent(s.ItemPageSchema, '条目'), ...errorResponses(422) },
});

export const getItem = createRoute({
  method: 'get',
  path: '/public/criteria/items/{criterionItemId}',
  tags,
  summary: '一个判定标准条目及其全部历史版本（无需登录）',
  request: { params: s.ItemParam },
  responses: {
    200: jsonContent(s.ItemDetailSchema, '条目'),
    ...errorResponses(404, 422),
  },
});

// ——— the platform admin keeps it ———

export const createStandard = createRoute({
  method: 'post',
  path: '/criteria/standards',
  tags,
  summary: '新增判定标准（新的国家标准或地方标准；平台管理员）',
  middleware: [libraryAdmins] as const,
  request: { body: jsonBody(s.StandardBody, '判定标准') },
  responses: { 201: jsonContent(s.StandardDetailSchema, '已新增'), ...WRITE },
});

export const updateStandard = createRoute({
  method: 'patch',
  path: '/criteria/standards/{code}',
  tags,
  summary: '修改判定标准的信息（名称、文号、适用行业、收录说明等；平台管理员）',
  middleware: [libraryAdmins] as const,
  request: { params: s.CodeParam, body: jsonBody(s.StandardPatch, '修改') },
  responses: { 200: jsonContent(s.StandardDetailSchema, '已修改'), ...WRITE },
});

export const retireStandard = createRoute({
  method: 'post',
  path: '/criteria/standards/{code}/retire',
  tags,
  summary: '设定判定标准自某日起废止（可注明取代它的标准）；已据其判定的隐患保留原条目',
  middleware: [libraryAdmins] as const,
  request: { params: s.CodeParam, body: jsonBody(s.RetireBody, '废止') },
  responses: { 200: jsonContent(s.StandardDetailSchema, '已设定'), ...WRITE },
});

export const addItem = createRoute({
  method: 'post',
  path: '/criteria/standards/{code}/items',
  tags,
  summary: '为判定标准新增条目（条文及其来源；平台管理员）',
  middleware: [libraryAdmins] as const,
  request: { params: s.CodeParam, body: jsonBody(s.ItemCreateBody, '条目') },
  responses: { 201: jsonContent(s.ItemDetailSchema, '已新增'), ...WRITE },
});

export const editItem = createRoute({
  method: 'put',
  path: '/criteria/items/{criterionItemId}',
  tags,
  summary: '修改判定标准条目：保存为新版本，旧版本保留，已关联的隐患仍指向其判定时的版本',
  middleware: [libraryAdmins] as const,
  request: { params: s.ItemParam, body: jsonBody(s.ItemEditBody, '条目新内容') },
  responses: { 200: jsonContent(s.ItemDetailSchema, '已修改'), ...WRITE },
});

// ——— for one enterprise, and for regulators ———

export const searchForEnterprise = createRoute({
  method: 'get',
  path: '/enterprises/{enterpriseId}/criteria-items',
  tags,
  summary: '隐患登记表单用：本企业适用的判定条目（按行业与辖区设置、现行、文本完整），可按词检索',
  middleware: [hazardFormUsers] as const,
  request: { params: s.EnterpriseParam, query: s.EnterpriseSearchQuery },
  responses: {
    200: jsonContent(s.EnterpriseItemPageSchema, '可关联的条目'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const majorByItem = createRoute({
  method: 'get',
  path: '/criteria/major-hazards',
  tags,
  summary: '辖区重大隐患按判定条目统计：哪些条目在哪些行业反复出现（监管部门）',
  middleware: [majorViewReaders] as const,
  request: { query: MajorByItemQuery },
  responses: {
    200: jsonContent(MajorByItemSchema, '统计'),
    ...errorResponses(401, 403, 404, 422),
  },
});

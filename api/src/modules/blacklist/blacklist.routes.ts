import { createRoute } from '@hono/zod-openapi';
import {
  EnterpriseItemParams,
  EnterpriseParam,
  errorResponses,
  jsonBody,
  jsonContent,
} from '../../lib/schemas.js';
import {
  agencyMovers,
  enterpriseFilers,
  entryReaders,
  subtreeReaders,
} from './blacklist.access.js';
import * as s from './blacklist.schemas.js';

const tags = ['严重失信主体名单'];
const base = '/enterprises/{enterpriseId}/blacklist' as const;
const READ_ERRORS = errorResponses(401, 403, 404, 422);
const WRITE_ERRORS = errorResponses(401, 403, 404, 409, 422);
const detail = (description: string) => jsonContent(s.EntryDetailSchema, description);

export const listSubtree = createRoute({
  method: 'get',
  path: '/blacklist',
  tags,
  summary: '辖区内的失信名单记录（监管部门），可按状态、企业名称或信用代码筛选',
  middleware: [subtreeReaders] as const,
  request: { query: s.ListQuery },
  responses: { 200: jsonContent(s.EntryPageSchema, '一页记录'), ...READ_ERRORS },
});

export const listForEnterprise = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: '企业的失信名单记录（企业只看到已告知的）',
  middleware: [entryReaders] as const,
  request: { params: EnterpriseParam },
  responses: { 200: jsonContent(s.EntryListSchema, '记录'), ...READ_ERRORS },
});

export const propose = createRoute({
  method: 'post',
  path: base,
  tags,
  summary: '拟列入严重失信主体名单（作出处罚的部门提出）',
  middleware: [agencyMovers] as const,
  request: { params: EnterpriseParam, body: jsonBody(s.ProposeBody, '处罚决定、理由与依据') },
  responses: { 201: detail('拟列入的记录'), ...WRITE_ERRORS },
});

export const getOne = createRoute({
  method: 'get',
  path: `${base}/{id}`,
  tags,
  summary: '失信名单记录详情与办理经过',
  middleware: [entryReaders] as const,
  request: { params: EnterpriseItemParams },
  responses: { 200: detail('记录'), ...READ_ERRORS },
});

export const notify = createRoute({
  method: 'post',
  path: `${base}/{id}/notify`,
  tags,
  summary: '告知企业拟列入（开始陈述申辩期）',
  middleware: [agencyMovers] as const,
  request: { params: EnterpriseItemParams },
  responses: { 200: detail('办理后的记录'), ...WRITE_ERRORS },
});

export const statement = createRoute({
  method: 'post',
  path: `${base}/{id}/statement`,
  tags,
  summary: '企业在申辩期内提交陈述申辩（一次）',
  middleware: [enterpriseFilers] as const,
  request: { params: EnterpriseItemParams, body: jsonBody(s.StatementBody, '陈述申辩') },
  responses: { 200: detail('办理后的记录'), ...WRITE_ERRORS },
});

export const list = createRoute({
  method: 'post',
  path: `${base}/{id}/list`,
  tags,
  summary: '列入名单（决定书文号；申辩期满后，或已提交陈述申辩并答复后）',
  middleware: [agencyMovers] as const,
  request: { params: EnterpriseItemParams, body: jsonBody(s.ListBody, '列入决定') },
  responses: { 200: detail('办理后的记录'), ...WRITE_ERRORS },
});

export const withdraw = createRoute({
  method: 'post',
  path: `${base}/{id}/withdraw`,
  tags,
  summary: '撤销拟列入（列入前）',
  middleware: [agencyMovers] as const,
  request: { params: EnterpriseItemParams, body: jsonBody(s.ReasonBody, '撤销理由') },
  responses: { 200: detail('办理后的记录'), ...WRITE_ERRORS },
});

export const applyRepair = createRoute({
  method: 'post',
  path: `${base}/{id}/repair`,
  tags,
  summary: '申请信用修复（列入满12个月后）',
  middleware: [enterpriseFilers] as const,
  request: { params: EnterpriseItemParams, body: jsonBody(s.ReasonBody, '申请理由') },
  responses: { 200: detail('办理后的记录'), ...WRITE_ERRORS },
});

export const decideRepair = createRoute({
  method: 'post',
  path: `${base}/{id}/repair-decision`,
  tags,
  summary: '审核信用修复申请：同意则提前移出',
  middleware: [agencyMovers] as const,
  request: { params: EnterpriseItemParams, body: jsonBody(s.RepairDecisionBody, '审核意见') },
  responses: { 200: detail('办理后的记录'), ...WRITE_ERRORS },
});

export const revokeRemoval = createRoute({
  method: 'post',
  path: `${base}/{id}/revoke-removal`,
  tags,
  summary: '撤销以欺骗手段取得的信用修复，恢复列入（原期限不变）',
  middleware: [agencyMovers] as const,
  request: { params: EnterpriseItemParams, body: jsonBody(s.ReasonBody, '撤销理由') },
  responses: { 200: detail('办理后的记录'), ...WRITE_ERRORS },
});

export const publicSearch = createRoute({
  method: 'get',
  path: '/public/blacklist',
  tags,
  summary: '公开查询严重失信主体名单（无需登录；只含正在列入期内的记录）',
  request: { query: s.PublicQuery },
  responses: { 200: jsonContent(s.PublicListSchema, '列入名单的企业'), ...errorResponses(422) },
});

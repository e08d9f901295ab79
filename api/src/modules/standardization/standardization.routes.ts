import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import {
  applicants,
  graders,
  regulatorReaders,
  standardizationReaders,
} from './standardization.access.js';
import * as s from './standardization.schemas.js';

const tags = ['安全生产标准化'];
const base = '/enterprises/{enterpriseId}/standardization' as const;
const READ_ERRORS = errorResponses(401, 403, 404, 422);
const WRITE_ERRORS = errorResponses(401, 403, 404, 409, 422);

export const view = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: '企业的标准化等级：当前证书、全部证书（含撤销、降级及理由）与申请',
  middleware: [standardizationReaders] as const,
  request: { params: s.EnterpriseParam },
  responses: { 200: jsonContent(s.EnterpriseStandardizationSchema, '标准化情况'), ...READ_ERRORS },
});

export const apply = createRoute({
  method: 'post',
  path: `${base}/applications`,
  tags,
  summary:
    '申请标准化等级（主要负责人）：一图一牌三清单不完整、列入严重失信名单或有未销号重大隐患的不予受理，并列明全部原因',
  middleware: [applicants] as const,
  request: { params: s.EnterpriseParam, body: jsonBody(s.ApplyBody, '申请') },
  responses: { 201: jsonContent(s.ApplicationSchema, '已提交的申请'), ...WRITE_ERRORS },
});

export const moveApplication = createRoute({
  method: 'post',
  path: `${base}/applications/{id}/moves`,
  tags,
  summary: '评定机关办理申请：审核通过并公示、不予通过、公示期满后评定发证',
  middleware: [graders] as const,
  request: { params: s.ItemParams, body: jsonBody(s.ApplicationMoveBody, '操作') },
  responses: { 200: jsonContent(s.ApplicationSchema, '办理后的申请'), ...WRITE_ERRORS },
});

export const moveCertificate = createRoute({
  method: 'post',
  path: `${base}/certificates/{id}/moves`,
  tags,
  summary: '发证机关或其上级撤销、降级证书（理由限定）',
  middleware: [graders] as const,
  request: { params: s.ItemParams, body: jsonBody(s.CertificateMoveBody, '操作') },
  responses: {
    200: jsonContent(s.EnterpriseStandardizationSchema, '操作后的标准化情况'),
    ...WRITE_ERRORS,
  },
});

export const listApplications = createRoute({
  method: 'get',
  path: '/standardization/applications',
  tags,
  summary: '辖区内的标准化申请（mine=true：本部门评定的），新的在前',
  middleware: [regulatorReaders] as const,
  request: { query: s.ApplicationListQuery },
  responses: { 200: jsonContent(s.ApplicationPageSchema, '一页申请'), ...READ_ERRORS },
});

export const listCertificates = createRoute({
  method: 'get',
  path: '/standardization/certificates',
  tags,
  summary: '辖区内的标准化证书，按到期日排序；可只看若干天内到期的',
  middleware: [regulatorReaders] as const,
  request: { query: s.CertificateListQuery },
  responses: { 200: jsonContent(s.CertificatePageSchema, '一页证书'), ...READ_ERRORS },
});

export const publicPublicity = createRoute({
  method: 'get',
  path: '/public/standardization/publicity',
  tags,
  summary: '公众查询：正在公示的标准化定级申请（企业、拟定等级、评定机关、公示截止时间）',
  responses: { 200: jsonContent(s.PublicityListSchema, '公示名单'), ...READ_ERRORS },
});

export const publicSearch = createRoute({
  method: 'get',
  path: '/public/standardization',
  tags,
  summary: '公众查询：按企业名称或统一社会信用代码查询现行有效的标准化等级与有效期',
  request: { query: s.PublicQuery },
  responses: { 200: jsonContent(s.PublicResultSchema, '现行有效的证书'), ...READ_ERRORS },
});

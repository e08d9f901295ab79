import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import {
  noticeBoardReaders,
  reportAcknowledgers,
  reportReaders,
  reportWriters,
} from './reports.access.js';
import * as s from './reports.schemas.js';

const tags = ['双报告与职代会'];
const base = '/enterprises/{enterpriseId}' as const;
const READ_ERRORS = errorResponses(401, 403, 404, 422);
const WRITE_ERRORS = errorResponses(401, 403, 404, 409, 422);

export const list = createRoute({
  method: 'get',
  path: '/reports',
  tags,
  summary:
    '报告列表（企业：全部含草稿；监管部门：辖区内已报送的；职代会代表：本企业已报送的），可按逾期、待签收筛选',
  middleware: [reportReaders] as const,
  request: { query: s.ListQuery },
  responses: { 200: jsonContent(s.ReportPageSchema, '一页报告'), ...READ_ERRORS },
});

export const periodicStatus = createRoute({
  method: 'get',
  path: '/reports/periodic',
  tags,
  summary:
    '定期统计报告报送情况：某一统计期每家应报企业一行（含从未起草的），可只看逾期；默认已过期限的最近一期',
  middleware: [reportReaders] as const,
  request: { query: s.PeriodicStatusQuery },
  responses: { 200: jsonContent(s.PeriodicStatusSchema, '一页应报企业'), ...READ_ERRORS },
});

export const draft = createRoute({
  method: 'post',
  path: `${base}/reports`,
  tags,
  summary: '起草报告：重大隐患治理进展报告，或季度、年度统计报告（每个统计期一份）',
  middleware: [reportWriters] as const,
  request: { params: s.EnterpriseParam, body: jsonBody(s.DraftBody, '报告类型') },
  responses: { 201: jsonContent(s.ReportDetailSchema, '起草的报告'), ...WRITE_ERRORS },
});

export const getOne = createRoute({
  method: 'get',
  path: `${base}/reports/{id}`,
  tags,
  summary: '报告详情：内容（报送后为快照及其 SHA-256）与签收情况',
  middleware: [reportReaders] as const,
  request: { params: s.ReportParams },
  responses: { 200: jsonContent(s.ReportDetailSchema, '报告'), ...READ_ERRORS },
});

export const PDF_TYPE = 'application/pdf';

export const pdf = createRoute({
  method: 'get',
  path: `${base}/reports/{id}/report.pdf`,
  tags,
  summary:
    '已报送报告的 PDF（A4）：报告内容、两个接收方、签发人、报送时间（北京时间）与 SHA-256；草稿不能下载',
  middleware: [reportReaders] as const,
  request: { params: s.ReportParams },
  responses: {
    200: {
      content: { [PDF_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
      description: '报告 PDF',
    },
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

export const edit = createRoute({
  method: 'patch',
  path: `${base}/reports/{id}`,
  tags,
  summary: '修改草稿（重大隐患报告的三部分内容，或附言）；报送后不能修改',
  middleware: [reportWriters] as const,
  request: { params: s.ReportParams, body: jsonBody(s.EditBody, '修改内容') },
  responses: { 200: jsonContent(s.ReportDetailSchema, '修改后的报告'), ...WRITE_ERRORS },
});

export const submit = createRoute({
  method: 'post',
  path: `${base}/reports/{id}/submit`,
  tags,
  summary: '主要负责人签发报送：同时报送监管部门和职代会，内容固定为快照',
  middleware: [reportWriters] as const,
  request: { params: s.ReportParams },
  responses: { 200: jsonContent(s.ReportDetailSchema, '报送后的报告'), ...WRITE_ERRORS },
});

export const acknowledge = createRoute({
  method: 'post',
  path: `${base}/reports/{id}/acknowledgements`,
  tags,
  summary: '签收报告（监管部门为本部门、职代会代表为职代会签收，各一次）',
  middleware: [reportAcknowledgers] as const,
  request: { params: s.ReportParams },
  responses: { 201: jsonContent(s.ReportDetailSchema, '签收后的报告'), ...WRITE_ERRORS },
});

export const noticeBoard = createRoute({
  method: 'get',
  path: `${base}/notice-board`,
  tags,
  summary: '隐患信息公示栏：全部隐患及其状态、等级、类型、期限（不含上报人等人员信息）',
  middleware: [noticeBoardReaders] as const,
  request: { params: s.EnterpriseParam, query: s.NoticeBoardQuery },
  responses: { 200: jsonContent(s.NoticeBoardSchema, '公示栏'), ...READ_ERRORS },
});

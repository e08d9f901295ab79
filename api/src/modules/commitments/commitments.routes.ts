import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, OkSchema } from '../../lib/schemas.js';
import {
  commitmentPublishers,
  commitmentReaders,
  screenLinkKeepers,
  subtreeReaders,
} from './commitments.access.js';
import * as s from './commitments.schemas.js';

const tags = ['安全承诺公告'];
const base = '/enterprises/{enterpriseId}/commitments' as const;

export const today = createRoute({
  method: 'get',
  path: `${base}/today`,
  tags,
  summary: '今日承诺公告：已发布的内容，或尚未发布时此刻由数据得出的内容；截止时间；门岗显示屏链接',
  middleware: [commitmentReaders] as const,
  request: { params: s.EnterpriseParam },
  responses: { 200: jsonContent(s.TodaySchema, '今日'), ...errorResponses(401, 403, 404, 422) },
});

export const publish = createRoute({
  method: 'post',
  path: base,
  tags,
  summary:
    '发布今日安全风险研判与承诺公告（主要负责人或值班负责人）：各项数字在发布时由数据得出并固定',
  middleware: [commitmentPublishers] as const,
  request: { params: s.EnterpriseParam, body: jsonBody(s.PublishBody, '承诺') },
  responses: {
    201: jsonContent(s.CommitmentSchema, '已发布'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

export const history = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: '本企业历次承诺公告（最新在前；可只看逾期发布的）',
  middleware: [commitmentReaders] as const,
  request: { params: s.EnterpriseParam, query: s.HistoryQuery },
  responses: {
    200: jsonContent(s.CommitmentPageSchema, '一页承诺'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const detail = createRoute({
  method: 'get',
  path: `${base}/{id}`,
  tags,
  summary: '一次承诺公告（附内容哈希校验）',
  middleware: [commitmentReaders] as const,
  request: { params: s.EnterpriseItemParams },
  responses: {
    200: jsonContent(s.CommitmentSchema, '承诺'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const issueScreenLink = createRoute({
  method: 'post',
  path: '/enterprises/{enterpriseId}/gate-screen-link',
  tags,
  summary: '发布（或更换）门岗显示屏的公开链接；旧链接作废',
  middleware: [screenLinkKeepers] as const,
  request: { params: s.EnterpriseParam },
  responses: {
    201: jsonContent(s.ScreenLinkSchema, '新链接'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const revokeScreenLink = createRoute({
  method: 'post',
  path: '/enterprises/{enterpriseId}/gate-screen-link/revoke',
  tags,
  summary: '作废门岗显示屏的公开链接',
  middleware: [screenLinkKeepers] as const,
  request: { params: s.EnterpriseParam },
  responses: { 200: jsonContent(OkSchema, '已作废'), ...errorResponses(401, 403, 404, 422) },
});

export const gateScreen = createRoute({
  method: 'get',
  path: '/public/gate-screens/{token}',
  tags,
  summary:
    '门岗显示屏（无需登录）：当日承诺公告的内容与承诺人，大字显示、定时刷新；不含联系方式等个人信息',
  request: { params: s.TokenParam },
  responses: { 200: jsonContent(s.GateScreenSchema, '显示内容'), ...errorResponses(404, 422) },
});

export const status = createRoute({
  method: 'get',
  path: '/commitments/status',
  tags,
  summary: '辖区某日承诺情况：哪些应承诺的企业尚未发布、逾期发布、按时发布',
  middleware: [subtreeReaders] as const,
  request: { query: s.StatusQuery },
  responses: {
    200: jsonContent(s.StatusSchema, '承诺情况'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const subtreeHistory = createRoute({
  method: 'get',
  path: '/commitments',
  tags,
  summary: '辖区承诺公告历史（最新在前；按企业、日期、逾期筛选）',
  middleware: [subtreeReaders] as const,
  request: { query: s.SubtreeHistoryQuery },
  responses: {
    200: jsonContent(s.CommitmentPageSchema, '一页承诺'),
    ...errorResponses(401, 403, 404, 422),
  },
});

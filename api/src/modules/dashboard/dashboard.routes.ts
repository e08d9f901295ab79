import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonContent } from '../../lib/schemas.js';
import { allow } from '../../middlewares/access.js';
import {
  DashboardQuery,
  DashboardSchema,
  HazardTrendSchema,
  TrendQuery,
} from './dashboard.schemas.js';

export const get = createRoute({
  method: 'get',
  path: '/dashboard',
  tags: ['监管驾驶舱'],
  summary: '辖区驾驶舱：企业、隐患、挂牌督办、双报告、标准化、失信名单，及各下级区划同口径数据',
  description:
    '统计范围为所选区划及其全部下级。企业数、标准化等级与失信数只计在册（启用）企业；' +
    '隐患、报告、证书计辖区内全部企业。整改率 = 统计期内销号数 ÷ (统计期内销号数 + 当前未销号数)。' +
    '逾期 = 未销号（已登记、整改中、待验收）且整改期限早于当前时间。统计期按北京时间的日期计算。',
  middleware: [allow('agency_admin', 'inspector', 'platform_admin')] as const,
  request: { query: DashboardQuery },
  responses: {
    200: jsonContent(DashboardSchema, '驾驶舱数据'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const hazardTrend = createRoute({
  method: 'get',
  path: '/dashboard/hazard-trend',
  tags: ['监管驾驶舱'],
  summary: '辖区隐患趋势：最近12周每周登记、销号的隐患数，及每周结束时逾期未销号的隐患数',
  description:
    '统计范围为所选区划及其全部下级的全部企业。周按北京时间计，周一为第一天；本周的逾期数为当前数。',
  middleware: [allow('agency_admin', 'inspector', 'platform_admin')] as const,
  request: { query: TrendQuery },
  responses: {
    200: jsonContent(HazardTrendSchema, '隐患趋势'),
    ...errorResponses(401, 403, 404, 422),
  },
});

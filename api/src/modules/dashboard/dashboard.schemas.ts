import { z } from '@hono/zod-openapi';
import { INDUSTRIES, JURISDICTION_LEVELS, STANDARDIZATION_LEVELS } from '@shuangfang/db';
import { DivisionCode } from '../jurisdictions/jurisdictions.schemas.js';

/** A calendar day; the regex alone would let 2026-02-30 through. */
const isCalendarDay = (d: string) => {
  const time = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(d);
};
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' })
  .refine(isCalendarDay, { error: '不是有效的日期' });

export const DashboardQuery = z.object({
  jurisdiction: DivisionCode.optional().openapi({
    description: '行政区划代码（须在本机构辖区内）；默认本机构所在区划，平台管理员必须指定',
  }),
  from: Day.optional().openapi({
    description: '统计期开始日（含，北京时间）；默认本季度第一天',
    example: '2026-10-01',
  }),
  to: Day.optional().openapi({
    description: '统计期结束日（含，北京时间）；默认本季度最后一天',
    example: '2026-12-31',
  }),
});

const count = z.int().nonnegative();

const FiguresSchema = z
  .object({
    enterprises: z.object({
      total: count.openapi({ description: '在册（启用）企业数' }),
      byIndustry: z.array(z.object({ industry: z.enum(INDUSTRIES), count })),
      byRiskColour: z
        .object({ red: count, orange: count, yellow: count, blue: count, unassessed: count })
        .openapi({ description: '按企业风险等级（未评估：尚无风险评估）' }),
    }),
    hazards: z.object({
      open: count.openapi({ description: '未销号隐患：已登记、整改中、待验收' }),
      overdue: count.openapi({ description: '逾期：未销号且整改期限已过' }),
      majorOpen: count.openapi({ description: '未销号的重大隐患' }),
      closedInPeriod: count.openapi({ description: '统计期内销号的隐患' }),
      rectificationRate: z.number().min(0).max(1).nullable().openapi({
        description: '整改率 = 统计期内销号数 ÷ (统计期内销号数 + 当前未销号数)；分母为0时为 null',
      }),
    }),
    supervisedMajorHazards: count.openapi({ description: '挂牌督办中的重大隐患' }),
    reports: z.object({
      due: count.openapi({
        description:
          '应报：报送期限在统计期内的报告（含已到期限却从未起草的季度、年度统计报告），以及已过期限仍未报送的草稿',
      }),
      late: count.openapi({
        description: '其中逾期（过期限未报送——含从未起草的统计报告——或逾期报送）',
      }),
      unacknowledged: count.openapi({ description: '其中已报送但监管部门尚未签收' }),
    }),
    standardization: z.object({
      byLevel: z
        .array(z.object({ level: z.enum(STANDARDIZATION_LEVELS).nullable(), count }))
        .openapi({ description: '在册企业按标准化等级（null：未达标）' }),
      expiringWithin90Days: count.openapi({ description: '有效证书中90天内（含今天）到期的' }),
    }),
    blacklisted: count.openapi({ description: '列入严重失信主体名单的在册企业' }),
    inspections: z.object({
      overduePublications: count.openapi({
        description: '双随机抽查已检查、已过公开期限仍未公开结果的（按被检查企业所在区划）',
      }),
    }),
  })
  .openapi('DashboardFigures');

const Place = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(JURISDICTION_LEVELS),
});

export const DashboardSchema = z
  .object({
    jurisdiction: Place,
    breadcrumb: z.array(Place).openapi({ description: '本机构可见的上级区划，从上到下（含本级）' }),
    period: z.object({ from: z.string(), to: z.string() }),
    asOf: z.string().openapi({ description: '计算时间' }),
    figures: FiguresSchema,
    children: z
      .array(Place.extend({ figures: FiguresSchema }))
      .openapi({ description: '各下级区划的同口径数据' }),
  })
  .openapi('Dashboard');
export type Dashboard = z.infer<typeof DashboardSchema>;
export type Figures = z.infer<typeof FiguresSchema>;

export const TrendQuery = DashboardQuery.pick({ jurisdiction: true });

export const HazardTrendSchema = z
  .object({
    jurisdiction: Place.pick({ code: true, name: true }),
    weeks: z
      .array(
        z.object({
          week: z.string().openapi({ description: '该周周一（北京时间）', example: '2026-11-30' }),
          opened: count.openapi({ description: '该周登记的隐患' }),
          closed: count.openapi({ description: '该周销号的隐患' }),
          overdue: count.openapi({
            description: '该周结束时（本周为当前）逾期未销号的隐患，按当前整改期限计',
          }),
        }),
      )
      .openapi({ description: '最近12周，从早到晚' }),
  })
  .openapi('HazardTrend');
export type HazardTrend = z.infer<typeof HazardTrendSchema>;

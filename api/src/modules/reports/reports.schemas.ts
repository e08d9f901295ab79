import { z } from '@hono/zod-openapi';
import { REPORT_ACTIONS } from './reports.access.js';
import {
  HAZARD_CATEGORIES,
  HAZARD_GRADES,
  HAZARD_KINDS,
  HAZARD_MANAGE_TYPES,
  HAZARD_STATES,
  REPORT_KINDS,
  REPORT_RECIPIENTS,
  REPORT_STATES,
} from '@shuangfang/db';
import { PageQuery } from '../../lib/pagination.js';
import {
  Day,
  EnterpriseItemParams,
  EnterpriseParam,
  JurisdictionFilter,
  orNull,
} from '../../lib/schemas.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), { error: '不能包含空字符' });
const flag = () => z.enum(['true', 'false']).optional();

export const DraftBody = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('major_progress'),
      hazardId: z.uuid().openapi({ description: '未销号的重大隐患' }),
    }),
    z.object({
      kind: z.literal('quarterly'),
      period: z.string().max(10).openapi({ description: '统计季度', example: '2026Q3' }),
    }),
    z.object({
      kind: z.literal('annual'),
      period: z.string().max(10).openapi({ description: '统计年度', example: '2026' }),
    }),
  ])
  .openapi('ReportDraftBody', {
    description:
      'major_progress 重大隐患治理进展报告；quarterly 季度统计；annual 年度统计。首次报告与销号报告由隐患确认、验收时自动起草',
  });
export type DraftInput = z.infer<typeof DraftBody>;

export const EditBody = z
  .object({
    currentSituation: text(5000).optional().openapi({ description: '现状及原因（重大隐患报告）' }),
    harmAnalysis: text(5000).optional().openapi({
      description: '危害程度和整改难易程度分析（重大隐患报告）',
    }),
    treatmentPlan: text(5000).optional().openapi({ description: '治理方案（重大隐患报告）' }),
    note: z.string().trim().max(2000).optional().openapi({ description: '附言（可为空）' }),
  })
  .strict()
  .refine((b) => Object.values(b).some((v) => v !== undefined), { error: '请至少修改一项' })
  .openapi('ReportEditBody');
export type EditInput = z.infer<typeof EditBody>;

export const ListQuery = PageQuery.extend({
  enterpriseId: z.uuid().optional().openapi({ description: '只看该企业' }),
  kind: z.enum(REPORT_KINDS).optional(),
  state: z.enum(REPORT_STATES).optional(),
  late: flag().openapi({ description: '只看逾期（未按时报送或报送晚于时限）' }),
  unacknowledged: flag().openapi({
    description:
      '只看已报送、尚待签收的：监管部门看本部门未签收的，职代会代表看职代会未签收的，企业看未被双方签收的',
  }),
  jurisdictionCode: JurisdictionFilter,
  dueFrom: Day.optional().openapi({
    description:
      '本期应报的起始日（中国时间）：报送期限在 dueFrom 至 dueTo 之间的，以及期限更早、至今仍未报送的草稿；与驾驶舱「本期应报」同口径',
  }),
  dueTo: Day.optional().openapi({ description: '本期应报的截止日（含），见 dueFrom' }),
});

export const PeriodicStatusQuery = PageQuery.extend({
  kind: z
    .enum(['quarterly', 'annual'])
    .default('quarterly')
    .openapi({ description: 'quarterly 季度统计报告（默认）；annual 年度统计报告' }),
  period: z.string().max(10).optional().openapi({
    description: '统计期（季度如 2026Q3，年度如 2026）；默认已过报送期限的最近一期',
    example: '2026Q3',
  }),
  enterpriseId: z.uuid().optional().openapi({ description: '只看该企业' }),
  late: flag().openapi({
    description: '只看逾期：过了期限仍未报送（含从未起草的），或报送晚于期限',
  }),
});

export const NoticeBoardQuery = PageQuery.extend({
  state: z.enum(HAZARD_STATES).optional(),
  overdue: flag().openapi({ description: '只看逾期（或未逾期）' }),
});

export { EnterpriseParam };
export const ReportParams = EnterpriseItemParams;

const Acknowledgement = z
  .object({
    recipient: z
      .enum(REPORT_RECIPIENTS)
      .openapi({ description: 'agency 监管部门；congress 职代会' }),
    by: z.object({ id: z.uuid(), name: z.string() }),
    agencyId: z.uuid().nullable(),
    at: z.string(),
  })
  .openapi('ReportAcknowledgement');

const ReportSchema = z
  .object({
    id: z.uuid(),
    enterpriseId: z.uuid(),
    enterpriseName: z.string(),
    kind: z.enum(REPORT_KINDS),
    title: z.string(),
    hazardId: z.uuid().nullable(),
    period: z.string().nullable(),
    state: z.enum(REPORT_STATES).openapi({ description: 'draft 草稿；submitted 已报送' }),
    agency: z.object({ id: z.uuid(), name: z.string() }).openapi({ description: '报送的监管部门' }),
    recipients: z
      .array(z.object({ recipient: z.enum(REPORT_RECIPIENTS), name: z.string() }))
      .openapi({
        description:
          '双报告的两个接收方（草稿起即列明）：agency 监管部门；congress 本企业职工代表大会',
      }),
    dueAt: z.string().openapi({ description: '报送时限' }),
    draftedAt: z.string(),
    submittedAt: z.string().nullable(),
    submittedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    late: z.boolean().openapi({ description: '逾期：过了时限仍未报送，或报送晚于时限' }),
    contentHash: z.string().nullable().openapi({ description: '报送快照的 SHA-256' }),
    acknowledgements: z.array(Acknowledgement),
    awaiting: z
      .array(z.enum(REPORT_RECIPIENTS))
      .openapi({ description: '已报送但尚未签收的接收方' }),
  })
  .openapi('Report');

const ReportHazardSchema = z
  .object({
    id: z.uuid(),
    description: z.string().openapi({ description: '隐患描述' }),
    location: z.string().nullable().openapi({ description: '隐患位置' }),
    grade: z.enum(HAZARD_GRADES).nullable().openapi({ description: '隐患等级' }),
    foundAt: z.string().openapi({ description: '发现（登记）时间' }),
    plan: z
      .object({
        measures: z.string().nullable().openapi({ description: '整改措施' }),
        funds: z.number().nullable().openapi({ description: '整改资金（元）' }),
        deadline: z.string().nullable().openapi({ description: '整改时限' }),
        responsiblePerson: z.string().nullable().openapi({ description: '整改责任人' }),
        contingencyPlan: z.string().nullable().openapi({ description: '应急预案' }),
      })
      .openapi({ description: '五到位：措施、资金、时限、责任人、应急预案' }),
  })
  .openapi('ReportHazard', {
    description: '重大事故隐患报告所报的隐患（起草时的情况，报送后为快照）',
  });

export const ReportDetailSchema = ReportSchema.extend({
  hazard: orNull(ReportHazardSchema).openapi({
    description: '所报的隐患及其五到位治理方案；统计报告为 null',
  }),
  content: z.record(z.string(), z.unknown()).openapi({ description: '报告内容（报送后为快照）' }),
  hashVerified: z
    .boolean()
    .nullable()
    .openapi({ description: '按快照重算的 SHA-256 是否与存储的一致；草稿为 null' }),
  actions: z.array(z.enum(REPORT_ACTIONS)).openapi({
    description: '当前用户此刻可以做的操作：edit 修改草稿、submit 签发报送、acknowledge 签收',
  }),
}).openapi('ReportDetail');

export const ReportPageSchema = z
  .object({ items: z.array(ReportSchema), nextCursor: z.string().nullable() })
  .openapi('ReportPage');

export const PeriodicStatusSchema = z
  .object({
    kind: z.enum(['quarterly', 'annual']),
    period: z.string(),
    label: z.string().openapi({ description: '统计期名称，如「2026年第3季度」' }),
    dueAt: z.string().openapi({ description: '报送时限' }),
    items: z.array(
      z.object({
        enterpriseId: z.uuid(),
        enterpriseName: z.string(),
        state: z.enum(['submitted', 'not_submitted']).openapi({
          description: 'submitted 已报送；not_submitted 未报送（未起草或仍是草稿）',
        }),
        reportId: z.uuid().nullable().openapi({
          description: '报告；未报送时只有企业自己可见其草稿',
        }),
        submittedAt: z.string().nullable(),
        late: z.boolean().openapi({ description: '逾期：过了时限仍未报送，或报送晚于时限' }),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi('PeriodicReportStatus');

const NoticeItemSchema = z
  .object({
    id: z.uuid(),
    state: z.enum(HAZARD_STATES),
    grade: z.enum(HAZARD_GRADES).nullable(),
    manageType: z.enum(HAZARD_MANAGE_TYPES).nullable(),
    kind: z.enum(HAZARD_KINDS),
    category: z.enum(HAZARD_CATEGORIES),
    description: z.string(),
    location: z.string().nullable(),
    deadline: z.string().nullable(),
    overdue: z.boolean(),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .openapi('NoticeBoardItem');

export const NoticeBoardSchema = z
  .object({
    enterpriseName: z.string(),
    items: z.array(NoticeItemSchema),
    nextCursor: z.string().nullable(),
  })
  .openapi('NoticeBoard');

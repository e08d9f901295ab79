import { z } from '@hono/zod-openapi';
import {
  CRITERIA_LINK_ORIGINS,
  HAZARD_CATEGORIES,
  HAZARD_EVENT_ACTIONS,
  HAZARD_EXTENSION_STATES,
  HAZARD_GRADES,
  HAZARD_KINDS,
  HAZARD_MANAGE_TYPES,
  HAZARD_SOURCES,
  HAZARD_STATES,
  HAZARD_STOPPAGES,
  INDUSTRIES,
} from '@shuangfang/db';
import {
  Day,
  EnterpriseItemParams,
  EnterpriseParam,
  JurisdictionFilter,
  orNull,
} from '../../lib/schemas.js';
import { PageQuery } from '../../lib/pagination.js';
import { SupervisionSchema } from '../supervision/supervision.schemas.js';
import { HAZARD_ACTIONS, HAZARD_LIST_ACTIONS } from './hazards.access.js';

// PostgreSQL text cannot hold U+0000: refused here as a field error instead of failing in the
// database.
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), { error: '不能包含空字符' });
const dateTime = () =>
  z.iso.datetime({ offset: true }).openapi({ example: '2026-12-31T18:00:00+08:00' });

/** The 判定 item a hazard matches: from GET /enterprises/{enterpriseId}/criteria-items. */
const CriterionItemId = z.uuid().openapi({
  description:
    '对应的重大事故隐患判定标准条目（取自本企业可关联的条目）；关联后依法应判定为重大隐患',
});

export const Attachment = z
  .object({
    name: text(200).openapi({ description: '文件名', example: '整改后.jpg' }),
    ref: text(1000).openapi({ description: '文件引用（上传后的编号或地址）' }),
  })
  .openapi('HazardAttachment');
const Attachments = z.array(Attachment).max(20).default([]);

export const HazardBody = z
  .object({
    source: z.enum(HAZARD_SOURCES).optional().openapi({
      description: '隐患来源；岗位员工上报固定为「员工随手拍」，监管部门登记固定为「监管检查」',
    }),
    kind: z.enum(HAZARD_KINDS).openapi({ description: '隐患类型' }),
    category: z.enum(HAZARD_CATEGORIES).openapi({ description: '隐患类别' }),
    description: text(2000).openapi({ description: '隐患描述', example: '除尘器泄爆片锈蚀' }),
    location: text(200).nullable().optional().openapi({ description: '具体位置' }),
    riskObjectId: z.uuid().nullable().optional().openapi({ description: '所在风险分析对象' }),
    riskUnitId: z.uuid().nullable().optional().openapi({ description: '所在风险分析单元' }),
    controlMeasureId: z.uuid().nullable().optional().openapi({
      description: '失效的管控措施（来源为「管控措施失效」时必填）',
    }),
    attachments: Attachments.openapi({ description: '现场照片等' }),
    grade: z.enum(HAZARD_GRADES).optional().openapi({ description: '监管部门登记时必填' }),
    deadline: dateTime().optional().openapi({ description: '整改期限；监管部门登记时必填' }),
    criterionItemId: CriterionItemId.nullable().optional(),
    recordedAt: dateTime().optional().openapi({
      description:
        '在设备上发现并记录的时间（离线「随手拍」同步时填写），记入登记事件；不能晚于服务器当前时间（允许 5 分钟时钟误差）',
    }),
  })
  .openapi('HazardBody');

export const PlanBody = z
  .object({
    measures: text(2000).optional().openapi({ description: '整改措施' }),
    responsiblePerson: text(50).optional().openapi({ description: '整改责任人' }),
    responsibleUserId: z.uuid().nullable().optional().openapi({
      description: '整改责任人的账号（本企业人员）；该人员可提交整改',
    }),
    funds: z
      .number()
      .min(0)
      .max(1e12)
      .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: '最多两位小数' })
      .optional()
      .openapi({ description: '整改资金（元）' }),
    deadline: dateTime().optional().openapi({ description: '整改时限' }),
    contingencyPlan: text(2000).optional().openapi({ description: '整改期间的应急预案' }),
    currentSituation: text(2000).optional().openapi({ description: '现状及原因（重大隐患）' }),
    harmAnalysis: text(2000).optional().openapi({
      description: '危害程度和整改难易程度分析（重大隐患）',
    }),
    goal: text(2000).optional().openapi({ description: '治理目标（重大隐患）' }),
    stoppage: z.enum(HAZARD_STOPPAGES).optional().openapi({ description: '停产范围（重大隐患）' }),
  })
  .openapi('HazardPlanBody');

export const MoveBody = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('reject'), reason: text(1000) }),
    z.object({
      action: z.literal('confirm'),
      grade: z.enum(HAZARD_GRADES),
      manageType: z.enum(HAZARD_MANAGE_TYPES),
      plan: PlanBody.optional(),
      comment: text(1000).optional(),
      criterionItemId: CriterionItemId.optional().openapi({
        description: '确认时关联（或改为）的判定标准条目；不填则保留登记时的关联',
      }),
      criterionNotApplicable: text(1000).optional().openapi({
        description:
          '已关联判定条目而确认为一般隐患时必填：该条目为何不适用于本隐患（监管部门可见）',
      }),
    }),
    z.object({
      action: z.literal('submit'),
      note: text(2000).openapi({ description: '整改情况说明' }),
      afterPhotos: Attachments.openapi({ description: '整改后照片' }),
    }),
    z.object({ action: z.literal('accept'), comment: text(1000).optional() }),
    z.object({ action: z.literal('reject_acceptance'), reason: text(1000) }),
  ])
  .openapi('HazardMove', {
    description:
      'reject 不予确认；confirm 确认（等级与治理类型，限期整改附治理方案；已关联重大事故隐患判定条目的隐患依法为重大，确认为一般须填写 criterionNotApplicable，否则 422）；submit 提交整改；accept 验收销号；reject_acceptance 验收不通过',
  });
export type MoveInput = z.infer<typeof MoveBody>;

export const PlanEditBody = z
  .object({
    plan: PlanBody.openapi({
      description: '修改后的完整治理方案；不填 deadline 则保留原整改时限',
    }),
    reason: text(1000).openapi({ description: '修改原因（记入事件）' }),
  })
  .openapi('HazardPlanEdit');

export const ExtensionBody = z
  .object({
    requestedDeadline: dateTime().openapi({ description: '申请延至' }),
    reason: text(1000).openapi({ description: '延期理由' }),
  })
  .openapi('HazardExtensionBody');

export const DecisionBody = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('approved') }),
    z.object({ decision: z.literal('refused'), reason: text(1000) }),
  ])
  .openapi('HazardExtensionDecision');

export const ListQuery = PageQuery.extend({
  state: z.enum(HAZARD_STATES).optional(),
  grade: z.enum(HAZARD_GRADES).optional(),
  source: z.enum(HAZARD_SOURCES).optional(),
  overdue: z.enum(['true', 'false']).optional().openapi({ description: '只看逾期（或未逾期）' }),
});

export const SearchQuery = ListQuery.extend({
  industry: z.enum(INDUSTRIES).optional().openapi({ description: '企业所属行业' }),
  jurisdictionCode: JurisdictionFilter,
  enterpriseId: z.uuid().optional().openapi({ description: '只看该企业' }),
  open: z.enum(['true']).optional().openapi({
    description: 'true：只看未销号的（已登记、整改中、待验收），与驾驶舱「未销号隐患」同口径',
  }),
  hazardId: z.uuid().optional().openapi({
    description: '只看该隐患（链接未带企业时，据此找到隐患所属企业）',
  }),
  criterionItemId: z.uuid().optional().openapi({ description: '只看关联该判定标准条目的' }),
  criterionDismissed: z.enum(['true', 'false']).optional().openapi({
    description: 'true：只看关联了判定条目却被企业以「不适用」确认为一般隐患的',
  }),
  closedFrom: Day.optional().openapi({
    description: '只看此日（含）以后销号的，中国时间；与驾驶舱「本期销号」同口径',
  }),
  closedTo: Day.optional().openapi({ description: '只看此日（含）以前销号的，中国时间' }),
});

export const HazardParams = EnterpriseItemParams;
export const ExtensionParams = EnterpriseItemParams.extend({
  extensionId: z.uuid().openapi({ param: { name: 'extensionId', in: 'path' } }),
});
export { EnterpriseParam };

const Plan = z.object({
  measures: z.string().optional(),
  responsiblePerson: z.string().optional(),
  responsibleUserId: z.uuid().nullable(),
  funds: z.number().optional(),
  contingencyPlan: z.string().optional(),
  currentSituation: z.string().optional(),
  harmAnalysis: z.string().optional(),
  goal: z.string().optional(),
  stoppage: z.enum(HAZARD_STOPPAGES).optional(),
});

export const HazardCriterionSchema = z
  .object({
    itemId: z.uuid(),
    version: z.number().int().openapi({ description: '判定时的条目版本' }),
    newerVersion: z.boolean().openapi({ description: '条目此后已有新版本' }),
    standard: z.object({ code: z.string(), title: z.string(), docNumber: z.string() }),
    number: z.string().nullable(),
    citation: z.string().openapi({
      example: '《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条（四）',
    }),
    text: z.string(),
    origin: z.enum(CRITERIA_LINK_ORIGINS).openapi({
      description:
        'manual 登记或确认时选定；check_record 排查异常时由采纳的判定条目提出；inspection 监管检查；tipoff 举报核实',
    }),
    notApplicableReason: z.string().nullable().openapi({
      description: '企业确认为一般隐患时说明的该条目不适用理由（监管部门可见）',
    }),
  })
  .openapi('HazardCriterion');

const HazardSchema = z
  .object({
    id: z.uuid(),
    enterpriseId: z.uuid(),
    source: z.enum(HAZARD_SOURCES),
    kind: z.enum(HAZARD_KINDS),
    category: z.enum(HAZARD_CATEGORIES),
    description: z.string(),
    location: z.string().nullable(),
    riskObjectId: z.uuid().nullable(),
    riskUnitId: z.uuid().nullable(),
    controlMeasureId: z.uuid().nullable(),
    grade: z.enum(HAZARD_GRADES).nullable(),
    manageType: z.enum(HAZARD_MANAGE_TYPES).nullable(),
    state: z.enum(HAZARD_STATES),
    deadline: z.string().nullable(),
    overdue: z.boolean().openapi({ description: '已过整改期限且未销号、未驳回' }),
    plan: Plan.nullable().openapi({ description: '治理方案（五到位）；整改时限见 deadline' }),
    reporter: z.object({ id: z.uuid(), name: z.string() }),
    rectifierId: z.uuid().nullable().openapi({ description: '最近一次提交整改的人' }),
    foundByAgencyId: z.uuid().nullable().openapi({ description: '发现隐患的监管部门' }),
    criterion: orNull(HazardCriterionSchema).openapi({
      description: '关联的重大事故隐患判定标准条目（判定时的版本）；未关联为 null',
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .openapi('Hazard');

const HazardEventSchema = z
  .object({
    id: z.uuid(),
    seq: z.number(),
    action: z.enum(HAZARD_EVENT_ACTIONS),
    fromState: z.enum(HAZARD_STATES).nullable(),
    toState: z.enum(HAZARD_STATES),
    actor: z.object({ id: z.uuid(), name: z.string() }),
    at: z.string(),
    comment: z.string().nullable(),
    attachments: z.array(Attachment),
    payload: z.record(z.string(), z.unknown()),
    prevHash: z.string(),
    hash: z.string(),
  })
  .openapi('HazardEvent');

const HazardExtensionSchema = z
  .object({
    id: z.uuid(),
    previousDeadline: z.string(),
    requestedDeadline: z.string(),
    reason: z.string(),
    state: z.enum(HAZARD_EXTENSION_STATES),
    requestedBy: z.uuid(),
    requestedAt: z.string(),
    decidedBy: z.uuid().nullable(),
    decidedAt: z.string().nullable(),
    refusalReason: z.string().nullable(),
  })
  .openapi('HazardExtension');

export const HazardDetailSchema = HazardSchema.extend({
  events: z.array(HazardEventSchema).openapi({ description: '全部事件，按序号' }),
  extensions: z.array(HazardExtensionSchema),
  supervision: orNull(SupervisionSchema).openapi({
    description: '挂牌督办（挂牌中的，否则最近一次已摘牌的；从未挂牌为 null）',
  }),
  actions: z.array(z.enum(HAZARD_ACTIONS)).openapi({
    description:
      '当前用户此刻可以做的操作：reject 不予确认、confirm 确认、submit 提交整改、accept 验收销号、reject_acceptance 验收不通过、edit_plan 修改治理方案、request_extension 申请延期、decide_extension 审批延期、supervise 挂牌督办、unlist 摘牌、draft_progress_report 起草进展报告',
  }),
}).openapi('HazardDetail');

export const HazardPageSchema = z
  .object({
    items: z.array(HazardSchema),
    nextCursor: z.string().nullable(),
    actions: z.array(z.enum(HAZARD_LIST_ACTIONS)).openapi({
      description: '当前用户在该企业可以：register 登记隐患（可选来源）；report 随手拍上报',
    }),
  })
  .openapi('HazardPage');

const HazardAcrossSchema = HazardSchema.extend({
  enterprise: z.object({
    id: z.uuid(),
    name: z.string(),
    industry: z.enum(INDUSTRIES),
    jurisdictionCode: z.string(),
    jurisdictionName: z.string(),
  }),
}).openapi('HazardWithEnterprise');

export const HazardAcrossPageSchema = z
  .object({ items: z.array(HazardAcrossSchema), nextCursor: z.string().nullable() })
  .openapi('HazardWithEnterprisePage');

export const ChainVerifySchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().openapi({ description: '检查的事件数' }),
    firstBroken: z
      .object({ seq: z.number(), eventId: z.uuid().nullable(), reason: z.string() })
      .nullable()
      .openapi({ description: '第一个不符的事件；链完整时为 null' }),
  })
  .openapi('HazardChainVerification');

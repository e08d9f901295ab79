import { z } from '@hono/zod-openapi';
import {
  GAS_KINDS,
  GAS_UNITS,
  PERMIT_ACTIONS,
  PERMIT_LEVELS,
  PERMIT_SIGNER_ROLES,
  PERMIT_STATES,
  PERMIT_TYPES,
} from '@shuangfang/db';
import { PageQuery } from '../../lib/pagination.js';
import { Day } from '../../lib/schemas.js';
import {
  BlindPlate,
  ConfinedSpace,
  Excavation,
  Height,
  HotWork,
  Lifting,
  RoadClosure,
  TemporaryPower,
  Worker,
} from './permit-details.schemas.js';

export { EnterpriseParam, EnterpriseItemParams } from '../../lib/schemas.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), { error: '不能包含空字符' });
const instant = () => z.iso.datetime({ offset: true });

const Common = z.object({
  applicantUnit: text(100).openapi({ description: '作业申请单位', example: '生产一车间' }),
  workUnit: text(100).openapi({ description: '作业单位', example: '赣州安诚检修工程有限公司' }),
  contractor: z.boolean().openapi({ description: '作业单位为承包商' }),
  content: text(500).openapi({ description: '作业内容', example: '更换甲醇进料泵出口法兰' }),
  location: text(200).openapi({
    description: '作业地点（动火地点及部位）',
    example: '甲醇罐区泵房',
  }),
  riskUnitId: z.uuid().optional().openapi({ description: '所在风险分析单元（关联重大危险源）' }),
  workLeaderId: z.uuid().openapi({ description: '作业负责人（本企业账号）' }),
  guardId: z.uuid().openapi({ description: '监护人（本企业账号）' }),
  guardCertificate: text(50).optional().openapi({ description: '监护人培训合格证号' }),
  workers: z.array(Worker).max(50).openapi({ description: '作业人' }),
  relatedNumbers: z.array(text(50)).max(20).default([]).openapi({
    description: '关联的其他特殊作业票编号',
  }),
  hazardIdentification: text(1000).openapi({ description: '风险辨识结果' }),
  otherMeasures: text(1000).optional().openapi({ description: '其他安全措施（编制人为申请人）' }),
  validFrom: instant().openapi({
    description: '作业实施时间自（不早于申请前1小时，不晚于30天后）',
  }),
  validTo: instant().openapi({ description: '作业实施时间至（不超过该级别的有效期）' }),
});

export const ApplyBody = z
  .discriminatedUnion('type', [
    Common.extend({ type: z.literal('hot_work'), details: HotWork }),
    Common.extend({ type: z.literal('confined_space'), details: ConfinedSpace }),
    Common.extend({ type: z.literal('blind_plate'), details: BlindPlate }),
    Common.extend({ type: z.literal('work_at_height'), details: Height }),
    Common.extend({ type: z.literal('lifting'), details: Lifting }),
    Common.extend({ type: z.literal('temporary_power'), details: TemporaryPower }),
    Common.extend({ type: z.literal('excavation'), details: Excavation }),
    Common.extend({ type: z.literal('road_closure'), details: RoadClosure }),
  ])
  .openapi('ApplyWorkPermitBody', { description: '申请特殊作业票；type 决定 details 的内容' });

export const ConfirmMeasuresBody = z
  .object({
    items: z
      .array(
        z.object({
          seq: z.number().int().min(1).openapi({ description: '安全措施序号' }),
          involved: z.boolean().openapi({ description: '是否涉及' }),
        }),
      )
      .min(1)
      .max(30)
      .openapi({ description: '逐项确认（可一次确认一项或多项）' }),
  })
  .openapi('ConfirmMeasuresBody');

export const GasSampleBody = z
  .object({
    analysedAt: instant().openapi({ description: '取样分析时间（不晚于现在）' }),
    point: text(100).openapi({ description: '分析部位', example: '罐内上部' }),
    readings: z
      .array(
        z.object({
          gas: text(50).openapi({ description: '气体名称', example: '甲醇' }),
          kind: z
            .enum(GAS_KINDS)
            .openapi({ description: 'flammable 可燃；oxygen 氧气；toxic 有毒' }),
          value: z.number().min(0).max(1e9).openapi({ description: '分析结果', example: 0.1 }),
          unit: z.enum(GAS_UNITS).openapi({ description: '单位；可燃气体与氧气为 %VOL' }),
          lel: z.number().positive().max(100).optional().openapi({
            description: '可燃气体的爆炸下限（%VOL），决定合格标准 0.5% 或 0.2%',
            example: 6,
          }),
          exposureLimit: z.number().positive().optional().openapi({
            description: '有毒气体的接触限值（GBZ 2.1，与 unit 同单位）',
          }),
        }),
      )
      .min(1)
      .max(10)
      .openapi({ description: '本次取样的各项分析' }),
  })
  .openapi('GasSampleBody');

export const BriefBody = z
  .object({
    recipients: z.array(text(50)).min(1).max(50).openapi({ description: '接受交底人' }),
    topics: text(1000)
      .optional()
      .openapi({ description: '交底内容（危险有害因素、安全措施、应急措施）' }),
  })
  .openapi('BriefBody');

export const ApproveBody = z
  .object({
    comment: text(500).optional().openapi({ description: '意见' }),
    onSite: z.literal(true).openapi({
      description: '审批人确认本人在作业现场完成审批（4.11 a），须为 true',
    }),
  })
  .openapi('ApprovePermitBody');

export const NoteBody = z
  .object({ comment: text(500).optional().openapi({ description: '说明' }) })
  .openapi('PermitNoteBody');

export const ReasonBody = z
  .object({ reason: text(500).openapi({ description: '原因' }) })
  .openapi('PermitReasonBody');

export const ExtendBody = z
  .object({
    validTo: instant().openapi({ description: '延至（不超过该级别自作业开始时间起的最长有效期）' }),
    reason: text(500).openapi({ description: '原因' }),
  })
  .openapi('ExtendPermitBody');

export const ListQuery = PageQuery.extend({
  state: z.enum(PERMIT_STATES).optional(),
  type: z.enum(PERMIT_TYPES).optional(),
  date: Day.optional().openapi({ description: '有效期与这一天（中国时间）重叠的' }),
  mine: z.enum(['true', 'false']).optional().openapi({
    description: 'true：本人为作业负责人、监护人、申请人，或本人可签署其当前步骤的',
  }),
  expired: z.enum(['true', 'false']).optional().openapi({
    description: 'true：已过有效期仍未完工的（已审批、作业中、中断）',
  }),
});

export const LedgerQuery = z.object({
  from: Day.optional().openapi({ description: '申请日期不早于（含）' }),
  to: Day.optional().openapi({ description: '申请日期不晚于（含）' }),
  type: z.enum(PERMIT_TYPES).optional(),
  state: z.enum(PERMIT_STATES).optional(),
});

export const PERMIT_DTO_ACTIONS = [
  'confirm_measures',
  'record_gas',
  'brief',
  'approve',
  'start',
  'interrupt',
  'resume',
  'extend',
  'complete',
  'accept',
  'cancel',
] as const;

const Person = z.object({ id: z.uuid(), name: z.string() });
const Signed = z.object({ by: Person, at: z.string() });

export const PermitSummarySchema = z
  .object({
    id: z.uuid(),
    number: z.string().openapi({ example: 'DH-20261207-001' }),
    type: z.enum(PERMIT_TYPES),
    typeLabel: z.string().openapi({ example: '动火作业' }),
    level: z.enum(PERMIT_LEVELS).nullable(),
    levelLabel: z.string().nullable().openapi({ example: '一级动火' }),
    state: z.enum(PERMIT_STATES),
    stateLabel: z.string(),
    content: z.string(),
    location: z.string(),
    workUnit: z.string(),
    contractor: z.boolean(),
    workLeader: Person,
    guard: Person,
    validFrom: z.string(),
    validTo: z.string(),
    validityExpired: z.boolean().openapi({
      description: '已过有效期仍未完工（已审批、作业中或中断）：须停止作业、重新办票',
    }),
    awaiting: z
      .object({
        action: z.enum(PERMIT_ACTIONS),
        actionLabel: z.string(),
        who: z.string().openapi({ description: '由谁办理', example: '安全管理部门' }),
        blockers: z.array(z.string()).openapi({ description: '尚不能办理的原因' }),
      })
      .nullable()
      .openapi({ description: '下一步等待什么、由谁办理；已验收或已取消为空' }),
    actions: z.array(z.enum(PERMIT_DTO_ACTIONS)).openapi({
      description:
        '本人现在可做的：confirm_measures 确认安全措施；record_gas 记录气体分析；brief 安全交底；approve 审批（当前签字栏）；start 开始作业；interrupt 中断；resume 恢复；extend 延长有效期；complete 完工；accept 完工验收；cancel 取消',
    }),
  })
  .openapi('WorkPermitSummary');

export const PermitSchema = PermitSummarySchema.extend({
  applicant: Person,
  applicantUnit: z.string(),
  appliedAt: z.string(),
  riskUnit: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  majorHazards: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string() })),
  guardCertificate: z.string().nullable(),
  workers: z.array(
    z.object({ name: z.string(), certificate: z.string().nullable(), userId: z.uuid().nullable() }),
  ),
  relatedNumbers: z.array(z.string()),
  hazardIdentification: z.string(),
  details: z
    .record(z.string(), z.unknown())
    .openapi({ description: '该类作业票的专有栏目（见申请时的 details）' }),
  detailLines: z.array(z.object({ label: z.string(), value: z.string() })).openapi({
    description: '专有栏目的打印文字（标签与值）',
  }),
  measures: z.array(
    z.object({
      seq: z.number().int(),
      text: z.string(),
      involved: z.boolean().nullable(),
      confirmed: Signed.nullable(),
    }),
  ),
  gasRequired: z.boolean(),
  continuousMonitoring: z.boolean().openapi({ description: '须连续监测（特级动火、受限空间）' }),
  gasSamples: z.array(
    z.object({
      id: z.uuid(),
      analysedAt: z.string(),
      point: z.string(),
      analyst: Person,
      passed: z.boolean(),
      readings: z.array(
        z.object({
          gas: z.string(),
          kind: z.enum(GAS_KINDS),
          value: z.number(),
          unit: z.enum(GAS_UNITS),
          lel: z.number().nullable(),
          limit: z
            .string()
            .openapi({ description: '合格标准', example: '≤ 0.5 %VOL（爆炸下限≥4%）' }),
          passed: z.boolean(),
        }),
      ),
    }),
  ),
  gasAnalysisDue: z.boolean().openapi({
    description: '作业中须重新分析：受限空间超过 2 小时未记录，或动火作业跨日后未做当日分析',
  }),
  briefing: z
    .object({
      by: Person,
      at: z.string(),
      recipients: z.array(z.string()),
      topics: z.string().nullable(),
    })
    .nullable(),
  signatures: z
    .array(
      z.object({
        role: z.enum(PERMIT_SIGNER_ROLES),
        label: z.string().openapi({ example: '动火审批人意见（主管领导）' }),
        signed: Signed.extend({ comment: z.string().nullable() }).nullable(),
      }),
    )
    .openapi({ description: '审批签字栏，按顺序' }),
  ticketCheck: Signed.nullable().openapi({ description: '动火前岗位当班班长验票（开始作业）' }),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  acceptance: Signed.extend({ comment: z.string().nullable() }).nullable().openapi({
    description: '完工验收',
  }),
  cancelReason: z.string().nullable(),
  steps: z
    .array(
      z.object({
        seq: z.number().int(),
        action: z.enum(PERMIT_ACTIONS),
        actionLabel: z.string(),
        role: z.enum(PERMIT_SIGNER_ROLES).nullable(),
        by: Person,
        at: z.string(),
        comment: z.string().nullable(),
        payload: z.record(z.string(), z.unknown()),
        hash: z.string(),
      }),
    )
    .openapi({ description: '全部签名步骤（哈希链）' }),
  stepsVerified: z.boolean().openapi({ description: '步骤哈希链重算一致（未被篡改）' }),
}).openapi('WorkPermit');

export const PermitPageSchema = z
  .object({
    items: z.array(PermitSummarySchema),
    nextCursor: z.string().nullable(),
    actions: z.array(z.enum(['apply'])).openapi({ description: 'apply 可申请作业票' }),
  })
  .openapi('WorkPermitPage');

import { z } from '@hono/zod-openapi';
import { orNull } from '../../lib/schemas.js';
import {
  HAZARD_CATEGORIES,
  HAZARD_GRADES,
  HAZARD_KINDS,
  HAZARD_STATES,
  INDUSTRIES,
  INSPECTION_ITEM_RESULTS,
  INSPECTION_STATES,
  RISK_COLOURS,
  STANDARDIZATION_LEVELS,
} from '@shuangfang/db';
import { Attachment } from '../hazards/hazards.schemas.js';
import { AdoptBody } from '../check-items/check-items.schemas.js';
import { INSPECTION_ACTIONS, PLAN_ACTIONS } from './inspections.access.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), { error: '不能包含空字符' });
const date = () => z.iso.date().openapi({ example: '2026-12-01' });

export const IdParam = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: '记录编号' }),
});
export const AgencyParam = z.object({
  agencyId: z.uuid().openapi({ param: { name: 'agencyId', in: 'path' }, description: '监管部门' }),
});

// --- directory ---
export const InspectorBody = z
  .object({
    name: text(50).openapi({ description: '姓名', example: '李执法' }),
    badgeNumber: text(40).openapi({ description: '执法证号（全国唯一）', example: '36073500101' }),
    userId: z.uuid().nullable().optional().openapi({
      description: '记录检查用的账号（本部门的执法人员角色）',
    }),
  })
  .openapi('InspectorBody');
export const InspectorPatch = z
  .object({
    name: text(50).optional(),
    active: z.boolean().optional().openapi({ description: '是否在岗（不在岗的不参与抽取）' }),
    userId: z.uuid().nullable().optional(),
  })
  .openapi('InspectorPatch');
export const InspectorSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    badgeNumber: z.string(),
    userId: z.uuid().nullable(),
    userName: z.string().nullable(),
    active: z.boolean(),
  })
  .openapi('Inspector');
export const InspectorList = z.object({ items: z.array(InspectorSchema) });

export const ConflictBody = z
  .object({
    inspectorId: z.uuid(),
    enterpriseId: z.uuid(),
    reason: text(500).openapi({ description: '回避理由', example: '近亲属在该企业任职' }),
  })
  .openapi('InspectorConflictBody');
export const ConflictSchema = z
  .object({
    id: z.uuid(),
    inspectorId: z.uuid(),
    inspectorName: z.string(),
    badgeNumber: z.string(),
    enterpriseId: z.uuid(),
    enterpriseName: z.string(),
    creditCode: z.string(),
    reason: z.string(),
    declaredAt: z.string(),
  })
  .openapi('InspectorConflict');
export const ConflictList = z.object({ items: z.array(ConflictSchema) });

export const ItemBody = z
  .object({
    name: text(200).openapi({ description: '抽查事项', example: '安全生产责任制落实情况' }),
    legalBasis: text(500).openapi({ description: '法律依据', example: '《安全生产法》第二十二条' }),
    method: text(200).openapi({ description: '检查方式', example: '查阅资料、现场检查' }),
  })
  .openapi('InspectionItemBody');
export const ItemSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    legalBasis: z.string(),
    method: z.string(),
    criterionItemId: z.uuid().nullable().openapi({
      description: '取自检查项库的重大事故隐患判定条目（检查发现问题立案时可据此关联）',
    }),
  })
  .openapi('InspectionItem');
export const ItemList = z.object({ items: z.array(ItemSchema) });

// --- plans ---
/** 行政执法须两名以上执法人员: the rule is named in the message, as the issue asks. */
const TEAM_SIZE_RULE =
  '每组执法人员不少于 2 名（依据《关于在市场监管领域全面推行部门联合"双随机、一公开"监管的意见》，行政执法检查须由两名以上执法人员进行）';

const Scope = z
  .object({
    industries: z.array(z.enum(INDUSTRIES)).max(20).default([]),
    jurisdictions: z
      .array(z.string().regex(/^\d{6}(\d{3})?$/))
      .max(200)
      .default([])
      .openapi({
        description: '行政区划代码（须在本部门辖区内）；空 = 整个辖区',
      }),
    riskColours: z.array(z.enum(RISK_COLOURS)).max(4).default([]),
    standardizationLevels: z
      .array(z.enum([...STANDARDIZATION_LEVELS, 'none']))
      .max(4)
      .default([])
      .openapi({ description: '标准化等级；none = 未达标' }),
  })
  .openapi('InspectionScope', { description: '抽查范围；各项为空表示不限' });

export const PlanBody = z
  .object({
    name: text(200).openapi({ example: '2026年第四季度双随机抽查' }),
    periodStart: date(),
    periodEnd: date(),
    itemIds: z
      .array(z.uuid())
      .max(100)
      .default([])
      .openapi({ description: '抽查事项（取自本部门事项库）' }),
    libraryItems: z.array(AdoptBody).max(100).default([]).openapi({
      description: '从检查项库选取的抽查事项（检查项或判定条目）；随计划加入本部门事项库',
    }),
    scope: Scope.default({
      industries: [],
      jurisdictions: [],
      riskColours: [],
      standardizationLevels: [],
    }),
    sampleSize: z
      .number()
      .int()
      .min(1)
      .max(100_000)
      .optional()
      .openapi({ description: '抽取家数' }),
    sampleRatio: z.number().gt(0).max(1).optional().openapi({ description: '抽取比例（0–1]' }),
    teamSize: z.number().int().min(2, { error: TEAM_SIZE_RULE }).max(10).openapi({
      description: '每组执法人员人数（≥ 2）',
    }),
  })
  .refine((b) => b.itemIds.length + b.libraryItems.length > 0, {
    error: '至少选择一项抽查事项（本部门事项库或检查项库）',
    path: ['itemIds'],
  })
  .refine((b) => (b.sampleSize === undefined) !== (b.sampleRatio === undefined), {
    error: '抽取家数与抽取比例须且只能填写一项',
    path: ['sampleSize'],
  })
  .refine((b) => b.periodEnd >= b.periodStart, {
    error: '结束日期不能早于开始日期',
    path: ['periodEnd'],
  })
  .openapi('InspectionPlanBody');

const PlanItemSchema = ItemSchema;
const PlanSummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    agencyId: z.uuid(),
    periodStart: z.string(),
    periodEnd: z.string(),
    teamSize: z.number(),
    sampleSize: z.number().nullable(),
    sampleRatio: z.number().nullable(),
    drawCount: z.number(),
    createdAt: z.string(),
  })
  .openapi('InspectionPlanSummary');
export const PlanList = z.object({ items: z.array(PlanSummary) });

const DrawFailureSchema = z
  .object({
    what: z.enum(['enterprises', 'inspectors']).openapi({
      description: 'enterprises 符合范围的企业不足；inspectors 某企业可派的执法人员不足',
    }),
    creditCode: z.string().nullable().openapi({ description: '无法组成检查组的企业' }),
    available: z.number().int(),
    required: z.number().int(),
    message: z.string(),
  })
  .openapi('DrawFailure');

export const Published = z
  .object({
    algorithmVersion: z.string(),
    planId: z.string(),
    seedInputs: z.object({ supervisorValue: z.string(), drawnAt: z.string() }),
    seed: z.string(),
    candidates: z.array(z.object({ creditCode: z.string(), weight: z.number() })),
    candidatesHash: z.string(),
    count: z.number(),
    teamSize: z.number(),
    inspectors: z.array(z.object({ badge: z.string(), active: z.boolean() })),
    exclusions: z.array(
      z.object({
        badge: z.string(),
        creditCode: z.string(),
        reason: z.enum(['conflict', 'previous_plan']),
      }),
    ),
    result: z.array(z.object({ creditCode: z.string(), team: z.array(z.string()) })),
    failure: orNull(DrawFailureSchema)
      .optional()
      .openapi({ description: '未能抽取的原因（es-sha256-v2 起记录；成功为 null）' }),
  })
  .openapi('PublishedDraw', {
    description: '公开的抽取记录：据此可用 verify-draw 命令独立复算',
  });

export const DrawSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    seq: z.number(),
    current: z.boolean().openapi({ description: '现行的抽取（最近一次成功的抽取）' }),
    failed: z.boolean().openapi({ description: '未能抽取（已记录，再次抽取须填写理由）' }),
    failure: orNull(DrawFailureSchema),
    redoReason: z.string().nullable(),
    drawnAt: z.string(),
    drawnBy: z.string(),
    published: Published,
  })
  .openapi('InspectionDraw');

export const DrawBody = z
  .object({
    supervisorValue: text(64).openapi({
      description: '监督人现场输入的值（与服务器时间一起确定种子）',
      example: '20261123-8421',
    }),
    redoReason: text(1000).optional().openapi({ description: '重新抽取的理由（重抽时必填）' }),
  })
  .openapi('InspectionDrawBody');

export const VerificationSchema = z
  .object({
    matches: z.boolean(),
    algorithmVersion: z.string(),
    seedMatches: z.boolean(),
    candidatesHashMatches: z.boolean(),
    resultMatches: z.boolean(),
    recomputed: z
      .object({
        seed: z.string(),
        candidatesHash: z.string(),
        result: z.array(z.object({ creditCode: z.string(), team: z.array(z.string()) })),
        failure: orNull(DrawFailureSchema),
      })
      .nullable(),
    problem: z.string().nullable(),
  })
  .openapi('DrawVerification');

// --- inspections ---
const FindingSchema = z.object({
  description: z.string(),
  kind: z.enum(HAZARD_KINDS),
  category: z.enum(HAZARD_CATEGORIES),
  attachments: z.array(Attachment),
  hazardId: z.uuid().nullable(),
  hazardState: z.enum(HAZARD_STATES).nullable(),
});
export const InspectionSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    planName: z.string(),
    drawId: z.uuid(),
    position: z.number(),
    enterpriseId: z.uuid(),
    enterpriseName: z.string(),
    creditCode: z.string(),
    team: z.array(z.object({ id: z.uuid(), name: z.string(), badgeNumber: z.string() })),
    mine: z.boolean().openapi({ description: '当前账号是否在本组' }),
    state: z.enum(INSPECTION_STATES),
    void: z.boolean(),
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        legalBasis: z.string(),
        method: z.string(),
        criterionItemId: z.uuid().nullable(),
      }),
    ),
    inspectedOn: z.string().nullable(),
    itemResults: z
      .array(
        z.object({ itemId: z.string(), name: z.string(), result: z.enum(INSPECTION_ITEM_RESULTS) }),
      )
      .nullable(),
    findings: z.array(FindingSchema).nullable(),
    documents: z.array(Attachment).nullable(),
    publishDueAt: z.string().nullable(),
    publicationOverdue: z.boolean(),
    publishedAt: z.string().nullable(),
    actions: z.array(z.enum(INSPECTION_ACTIONS)).openapi({ description: '当前用户现在可做的操作' }),
  })
  .openapi('Inspection');
export const InspectionList = z.object({ items: z.array(InspectionSchema) });
export const InspectionListQuery = z.object({
  plan: z.uuid().optional().openapi({ description: '只看某个计划' }),
  mine: z.enum(['true', 'false']).optional().openapi({ description: '只看本人所在组' }),
});

const SampleSchema = z
  .object({
    inScope: z.number().int().openapi({ description: '现在符合抽查范围的企业家数' }),
    toDraw: z.number().int().openapi({
      description: '按抽取家数或比例，现在抽取应抽的家数',
    }),
    drawn: z
      .number()
      .int()
      .nullable()
      .openapi({ description: '现行抽取抽到的家数；未抽取为 null' }),
    inScopeAtDraw: z.number().int().nullable().openapi({
      description: '现行抽取时符合范围的企业家数（抽取记录中的候选名单）；未抽取为 null',
    }),
  })
  .openapi('InspectionSample', { description: '抽取规模' });

export const PlanDetail = PlanSummary.extend({
  items: z.array(PlanItemSchema),
  scope: Scope,
  sample: SampleSchema,
  draws: z.array(DrawSchema),
  inspections: z.array(InspectionSchema),
  actions: z.array(z.enum(PLAN_ACTIONS)).openapi({
    description: '当前用户现在可做的操作：首次抽取，或（尚无检查记录时）说明理由后重新抽取',
  }),
}).openapi('InspectionPlan');

export const RecordBody = z
  .object({
    inspectedOn: date().openapi({ description: '检查日期' }),
    itemResults: z
      .array(z.object({ itemId: z.string(), result: z.enum(INSPECTION_ITEM_RESULTS) }))
      .min(1)
      .max(100)
      .openapi({ description: '逐项结果：pass 合格 / fail 不合格 / not_applicable 不涉及' }),
    findings: z
      .array(
        z.object({
          description: text(2000),
          kind: z.enum(HAZARD_KINDS),
          category: z.enum(HAZARD_CATEGORIES),
          attachments: z.array(Attachment).max(20).default([]),
          hazard: z
            .object({
              grade: z.enum(HAZARD_GRADES),
              deadline: z.iso.datetime({ offset: true }),
              criterionItemId: z.uuid().optional().openapi({
                description: '对应的重大事故隐患判定条目（须适用于该企业）；关联时等级须为重大',
              }),
            })
            .optional()
            .openapi({ description: '立案为隐患：等级与整改期限（企业整改，本部门验收）' }),
        }),
      )
      .max(50)
      .default([]),
    documents: z.array(Attachment).max(20).default([]).openapi({ description: '现场文书' }),
  })
  .openapi('InspectionRecordBody');

export const OverdueQuery = z.object({
  jurisdiction: z
    .string()
    .regex(/^\d{6}(\d{3})?$/)
    .optional()
    .openapi({
      description: '行政区划（须在本部门辖区内）；默认本部门辖区',
    }),
});
export const OverdueList = z.object({ count: z.number(), items: z.array(InspectionSchema) });

const PublicResult = z
  .object({
    id: z.uuid(),
    planName: z.string(),
    enterpriseName: z.string(),
    creditCode: z.string(),
    inspectedOn: z.string(),
    publishedAt: z.string(),
    items: z.array(z.object({ name: z.string(), result: z.enum(INSPECTION_ITEM_RESULTS) })),
    outcome: z.enum(['pass', 'fail']).openapi({ description: '有不合格事项即为 fail' }),
    hazards: z.array(
      z.object({
        description: z.string(),
        grade: z.enum(HAZARD_GRADES).nullable(),
        state: z.enum(HAZARD_STATES),
      }),
    ),
    drawId: z.uuid(),
  })
  .openapi('PublicInspectionResult');
export const PublicResultList = z.object({
  agency: z.object({ id: z.uuid(), name: z.string() }),
  items: z.array(PublicResult),
  draws: z.array(
    z.object({
      id: z.uuid(),
      planName: z.string(),
      seq: z.number(),
      drawnAt: z.string(),
      redoReason: z.string().nullable(),
      failed: z.boolean().openapi({ description: '未能抽取（失败的抽取同样公开）' }),
      failure: z.string().nullable().openapi({ description: '未能抽取的原因' }),
      fileUrl: z.string().openapi({ description: '抽取记录文件（JSON）的完整地址' }),
      verifyUrl: z.string().openapi({ description: '在线复算的完整地址' }),
    }),
  ),
  verification: z
    .object({
      command: z.string().openapi({
        description: '下载抽取记录后离线复算的命令（在本项目源码目录中运行）',
        example: 'pnpm --filter @shuangfang/api verify-draw draw.json',
      }),
      steps: z.array(z.string()).openapi({ description: '核对步骤' }),
      warning: z.string().nullable().openapi({
        description: '公开链接在手机上打不开的原因（未配置 PUBLIC_ORIGIN 且地址为本机）',
      }),
    })
    .openapi('DrawVerificationHowTo', { description: '公众如何核对抽取' }),
});

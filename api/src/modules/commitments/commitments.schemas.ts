import { z } from '@hono/zod-openapi';
import { CUSTODY_ROLES, MAJOR_HAZARD_LEVELS, RUN_STATES } from '@shuangfang/db';
import { PageQuery } from '../../lib/pagination.js';
import { Day, orNull } from '../../lib/schemas.js';

export { EnterpriseParam, EnterpriseItemParams } from '../../lib/schemas.js';

const Code = z
  .string()
  .regex(/^[0-9]{6}([0-9]{3})?$/, { error: '行政区划代码应为6位（乡镇街道9位）数字' })
  .openapi({ example: '360735' });

const n = () => z.number().int();

export const FactsSchema = z
  .object({
    units: z
      .object({
        total: n().openapi({ description: '生产装置（已登记运行状态的单元）套数' }),
        running: n(),
        stopped: n(),
        maintenance: n(),
        trial: n(),
        awaitingPrestart: n().openapi({ description: '已恢复运行、开车前检查未通过' }),
      })
      .openapi({ description: '生产装置：运行、停车、检修、试生产套数' }),
    trialProduction: z.boolean().openapi({ description: '是否处于试生产' }),
    startingUp: z.boolean().openapi({ description: '是否处于开停车状态' }),
    majorHazards: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        level: z.enum(MAJOR_HAZARD_LEVELS),
        state: z.enum(RUN_STATES).nullable(),
        stateLabel: z.string(),
        safe: z
          .boolean()
          .openapi({ description: '处于安全状态：其覆盖的对象内没有未销号的重大隐患' }),
        custodians: z.array(
          z.object({
            role: z.enum(CUSTODY_ROLES),
            roleLabel: z.string(),
            name: z.string().nullable(),
          }),
        ),
      }),
    ),
    permits: z
      .object({
        hot_special: n(),
        hot_1: n(),
        hot_2: n(),
        hot_work: n(),
        confined_space: n(),
        blind_plate: n(),
        work_at_height: n(),
        lifting: n(),
        temporary_power: n(),
        excavation: n(),
        road_closure: n(),
        total: n(),
      })
      .openapi({
        description: '当日特殊作业（已审批待开始、作业中、中断）按类型计数；动火另按级别',
      }),
    contractors: z.object({ count: n(), names: z.array(z.string()) }).openapi({
      description: '当日特殊作业中的承包商单位',
    }),
    openMajorHazards: n().openapi({ description: '未销号的重大隐患数' }),
    expiredPermits: n().openapi({ description: '超过有效期仍未完工的作业票数' }),
    risksUnderControl: z.boolean().openapi({
      description: '安全风险受控：无未销号的重大隐患、无超期作业票',
    }),
  })
  .openapi('CommitmentFacts');

export const CommitmentSchema = z
  .object({
    id: z.uuid(),
    date: z.string(),
    enterpriseName: z.string(),
    facts: FactsSchema,
    statement: z.string().openapi({ description: '承诺内容' }),
    note: z.string().nullable().openapi({ description: '补充说明' }),
    committedBy: z.object({ id: z.uuid(), name: z.string() }),
    committedAs: z.enum(['principal', 'deputy']),
    committedAsLabel: z.string().openapi({ example: '主要负责人' }),
    committedAt: z.string(),
    dueAt: z.string().openapi({ description: '当日截止时间（发布时的设置）' }),
    late: z.boolean().openapi({ description: '晚于截止时间发布' }),
    contentHash: z.string(),
    hashVerified: z.boolean().openapi({ description: '内容哈希重算一致' }),
  })
  .openapi('Commitment');

export const TodaySchema = z
  .object({
    date: z.string(),
    dueAt: z.string(),
    overdue: z.boolean().openapi({ description: '已过截止时间且尚未发布' }),
    commitment: orNull(CommitmentSchema),
    draft: z
      .object({ facts: FactsSchema, statement: z.string() })
      .nullable()
      .openapi({ description: '尚未发布时：此刻由数据得出的内容（发布时重新计算）' }),
    screenLink: z
      .object({ token: z.string(), createdAt: z.string() })
      .nullable()
      .openapi({ description: '门岗显示屏的公开链接（/public/gate-screens/{token}）' }),
    actions: z.array(z.enum(['publish', 'issue_screen_link', 'revoke_screen_link'])).openapi({
      description:
        'publish 发布今日承诺（主要负责人或值班负责人）；issue_screen_link 发布/更换门岗显示屏链接；revoke_screen_link 作废链接',
    }),
  })
  .openapi('CommitmentToday');

export const PublishBody = z
  .object({
    confirm: z.literal(true).openapi({
      description: '承诺人确认已进行安全风险研判并签署承诺内容，须为 true',
    }),
    note: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .refine((s) => !s.includes('\u0000'), { error: '不能包含空字符' })
      .optional()
      .openapi({ description: '补充说明（如检修装置的隔离情况）' }),
  })
  .openapi('PublishCommitmentBody');

export const HistoryQuery = PageQuery.extend({
  from: Day.optional().openapi({ description: '承诺日期不早于（含）' }),
  to: Day.optional().openapi({ description: '承诺日期不晚于（含）' }),
  late: z.enum(['true', 'false']).optional().openapi({ description: 'true 只看逾期发布的' }),
});

export const SubtreeHistoryQuery = HistoryQuery.extend({
  jurisdiction: Code.optional().openapi({ description: '辖区代码，默认本机构辖区' }),
  enterpriseId: z.uuid().optional(),
});

export const CommitmentPageSchema = z
  .object({
    items: z.array(CommitmentSchema.extend({ enterpriseId: z.uuid() })),
    nextCursor: z.string().nullable(),
  })
  .openapi('CommitmentPage');

export const COMMITMENT_STATUSES = ['on_time', 'late', 'missing', 'pending'] as const;

/** A page of the day's obliged enterprises, by name; the summary counts all of them. */
export const StatusQuery = PageQuery.extend({
  jurisdiction: Code.optional().openapi({ description: '辖区代码，默认本机构辖区' }),
  date: Day.optional().openapi({ description: '哪一天（中国时间），默认今天' }),
  status: z.enum(COMMITMENT_STATUSES).optional().openapi({
    description:
      'on_time 按时；late 逾期发布；missing 过了截止时间未发布；pending 未到截止时间尚未发布',
  }),
});

export const StatusSchema = z
  .object({
    date: z.string(),
    jurisdiction: z.string(),
    items: z.array(
      z.object({
        enterprise: z.object({ id: z.uuid(), name: z.string(), jurisdictionCode: z.string() }),
        status: z.enum(COMMITMENT_STATUSES),
        statusLabel: z.string(),
        commitmentId: z.uuid().nullable(),
        committedAt: z.string().nullable(),
        committedByName: z.string().nullable(),
        dueAt: z.string(),
      }),
    ),
    nextCursor: z.string().nullable(),
    summary: z.object({
      obliged: n().openapi({
        description: '应承诺的企业（危险化学品企业及登记了重大危险源的企业）',
      }),
      onTime: n(),
      late: n(),
      missing: n(),
      pending: n(),
    }),
  })
  .openapi('CommitmentStatus');

export const ScreenLinkSchema = z
  .object({ token: z.string(), createdAt: z.string() })
  .openapi('GateScreenLink');

export const TokenParam = z.object({
  token: z
    .string()
    .min(10)
    .max(100)
    .openapi({ param: { name: 'token', in: 'path' }, description: '门岗显示屏链接' }),
});

export const GateScreenSchema = z
  .object({
    enterpriseName: z.string(),
    date: z.string(),
    dueAt: z.string(),
    committed: z.boolean(),
    overdue: z.boolean().openapi({ description: '已过截止时间且尚未发布' }),
    commitment: z
      .object({
        facts: FactsSchema,
        statement: z.string(),
        note: z.string().nullable(),
        committedByName: z.string().openapi({ description: '承诺人' }),
        committedAsLabel: z.string(),
        committedAt: z.string(),
        late: z.boolean(),
      })
      .nullable(),
    refreshSeconds: z.number().int().openapi({ description: '屏幕刷新间隔（秒）' }),
    generatedAt: z.string(),
  })
  .openapi('GateScreen');

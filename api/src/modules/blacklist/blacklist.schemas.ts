import { z } from '@hono/zod-openapi';
import { BLACKLIST_REPAIR_STATES, BLACKLIST_STATES } from '@shuangfang/db';
import { PageQuery } from '../../lib/pagination.js';
import { JurisdictionFilter } from '../../lib/schemas.js';
import { BLACKLIST_MOVES } from './blacklist-states.js';

// PostgreSQL text cannot hold U+0000: refused here as a field error instead of in the database.
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((v) => !v.includes('\u0000'), { error: '不能包含空字符' });

export const ProposeBody = z
  .object({
    penaltyDecisionNumber: text(100).openapi({
      description: '行政处罚决定书文号',
      example: '（石）应急罚〔2026〕12号',
    }),
    reason: text(2000).openapi({
      description: '拟列入理由',
      example: '发生较大生产安全事故，对事故负有责任',
    }),
    legalBasis: text(1000).openapi({
      description: '法律依据',
      example: '《安全生产严重失信主体名单管理办法》（应急管理部令第11号）第六条',
    }),
  })
  .openapi('BlacklistProposeBody');

export const StatementBody = z
  .object({ statement: text(5000).openapi({ description: '陈述申辩内容' }) })
  .openapi('BlacklistStatementBody');

export const ListBody = z
  .object({
    decisionNumber: text(100).openapi({
      description: '列入决定书文号',
      example: '（石）应急失信〔2026〕1号',
    }),
    statementResponse: text(5000).optional().openapi({
      description: '对陈述申辩的处理意见（企业已提交陈述申辩时必填，可在申辩期内列入）',
    }),
  })
  .openapi('BlacklistListBody');

export const ReasonBody = z
  .object({ reason: text(2000).openapi({ description: '理由' }) })
  .openapi('BlacklistReasonBody');

export const RepairDecisionBody = z
  .object({
    decision: z.enum(['approve', 'refuse']).openapi({ description: '同意（提前移出）或不同意' }),
    note: text(2000).openapi({ description: '审核意见' }),
  })
  .openapi('BlacklistRepairDecisionBody');

export const ListQuery = PageQuery.extend({
  state: z.enum(BLACKLIST_STATES).optional().openapi({ description: '状态' }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: '企业名称或统一社会信用代码' }),
  jurisdictionCode: JurisdictionFilter,
  active: z.enum(['true', 'false']).optional().openapi({
    description: 'true：只看在册企业的（与驾驶舱「严重失信」同口径）；false：只看已不在册的',
  }),
});

export const PublicQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2, { error: '请输入至少2个字的企业名称或完整的统一社会信用代码' })
    .max(100)
    .openapi({ description: '企业名称（部分）或统一社会信用代码（完整）', example: '石城' }),
});

const iso = z.string().openapi({ example: '2026-11-23T10:00:00.000Z' });
const isoOrNull = iso.nullable();

const EntrySchema = z
  .object({
    id: z.uuid(),
    enterprise: z.object({ id: z.uuid(), name: z.string(), creditCode: z.string() }),
    jurisdictionCode: z.string(),
    agency: z.object({ id: z.uuid(), name: z.string() }).openapi({ description: '提出列入的部门' }),
    state: z.enum(BLACKLIST_STATES),
    penaltyDecisionNumber: z.string(),
    reason: z.string(),
    legalBasis: z.string(),
    proposedAt: iso,
    notifiedAt: isoOrNull,
    statementDueAt: isoOrNull.openapi({ description: '陈述申辩截止时间' }),
    statement: z.string().nullable(),
    statementAt: isoOrNull,
    decisionNumber: z.string().nullable(),
    listedAt: isoOrNull,
    listedUntil: isoOrNull,
    removedAt: isoOrNull,
    removalKind: z.enum(['expired', 'early']).nullable(),
    moves: z.array(z.enum(BLACKLIST_MOVES)).openapi({ description: '当前用户此刻可以办理的操作' }),
  })
  .openapi('BlacklistEntry');

export const EntryDetailSchema = EntrySchema.extend({
  repairPossibleFrom: isoOrNull.openapi({ description: '最早可申请信用修复的时间' }),
  events: z.array(
    z.object({
      id: z.uuid(),
      action: z.string(),
      fromState: z.enum(BLACKLIST_STATES).nullable(),
      toState: z.enum(BLACKLIST_STATES),
      actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      note: z.string().nullable(),
      at: iso,
    }),
  ),
  repairs: z.array(
    z.object({
      id: z.uuid(),
      reason: z.string(),
      appliedAt: iso,
      state: z.enum(BLACKLIST_REPAIR_STATES),
      decidedAt: isoOrNull,
      decisionNote: z.string().nullable(),
    }),
  ),
}).openapi('BlacklistEntryDetail');

export const EntryListSchema = z.object({ items: z.array(EntrySchema) });
export const EntryPageSchema = z.object({
  items: z.array(EntrySchema),
  nextCursor: z.string().nullable(),
});

export const PublicListSchema = z
  .object({
    items: z.array(
      z.object({
        enterpriseName: z.string(),
        creditCode: z.string(),
        agencyName: z.string(),
        reason: z.string(),
        legalBasis: z.string(),
        penaltyDecisionNumber: z.string(),
        decisionNumber: z.string(),
        listedAt: iso,
        listedUntil: iso,
      }),
    ),
  })
  .openapi('PublicBlacklist');

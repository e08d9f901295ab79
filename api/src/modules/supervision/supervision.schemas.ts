import { z } from '@hono/zod-openapi';
import { HAZARD_STATES, SUPERVISION_STATES } from '@shuangfang/db';
import { PageQuery } from '../../lib/pagination.js';
import { JurisdictionFilter } from '../../lib/schemas.js';

// 挂牌督办 (docs/domain.md section 2): the contract of the supervision routes.

export const SuperviseBody = z
  .object({
    number: z
      .string()
      .trim()
      .min(1, { error: '请填写督办编号' })
      .max(50)
      .openapi({ description: '督办编号（本机构内唯一）', example: '石应急督〔2026〕3号' }),
    deadline: z.iso
      .datetime({ offset: true, error: '督办期限须为带时区的时间' })
      .openapi({ description: '督办期限', example: '2026-12-31T16:00:00.000Z' }),
    requirements: z
      .string()
      .trim()
      .min(1, { error: '请填写督办要求' })
      .max(2000)
      .openapi({ description: '督办要求', example: '立即局部停产，按治理方案整改，每周报送进展' }),
  })
  .strict()
  .openapi('SuperviseBody');

export const UnlistBody = z
  .object({
    note: z.string().trim().max(1000).optional().openapi({ description: '摘牌说明' }),
  })
  .strict()
  .openapi('UnlistBody');

export const SupervisionSchema = z
  .object({
    id: z.uuid(),
    hazardId: z.uuid(),
    enterpriseId: z.uuid(),
    agency: z.object({ id: z.uuid(), name: z.string() }),
    number: z.string().openapi({ description: '督办编号' }),
    deadline: z.string().openapi({ description: '督办期限' }),
    requirements: z.string(),
    state: z.enum(SUPERVISION_STATES).openapi({ description: 'listed 挂牌中 / unlisted 已摘牌' }),
    listedAt: z.string(),
    unlistedAt: z.string().nullable(),
    unlistNote: z.string().nullable(),
  })
  .openapi('Supervision');

const SupervisionListItemSchema = SupervisionSchema.extend({
  enterprise: z.object({ id: z.uuid(), name: z.string(), jurisdictionName: z.string() }),
  hazard: z.object({
    id: z.uuid(),
    description: z.string(),
    state: z.enum(HAZARD_STATES),
    deadline: z.string().nullable(),
    overdue: z.boolean().openapi({ description: '隐患已过整改期限且未销号' }),
  }),
}).openapi('SupervisionListItem');

export const SupervisionPageSchema = z
  .object({ items: z.array(SupervisionListItemSchema), nextCursor: z.string().nullable() })
  .openapi('SupervisionPage');

export const SupervisionQuery = PageQuery.extend({
  state: z.enum(SUPERVISION_STATES).optional(),
  overdue: z.enum(['true', 'false']).optional().openapi({ description: '隐患是否逾期' }),
  mine: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'true：只看本机构挂牌的（默认含下级机构挂牌的）' }),
  jurisdictionCode: JurisdictionFilter,
});

export const AgencyParam = z.object({
  agencyId: z.uuid().openapi({ param: { name: 'agencyId', in: 'path' } }),
});

const PublicSupervisionSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    enterpriseName: z.string(),
    hazardSummary: z.string().openapi({ description: '隐患描述摘要' }),
    state: z.enum(SUPERVISION_STATES),
    deadline: z.string(),
    listedAt: z.string(),
    unlistedAt: z.string().nullable(),
  })
  .openapi('PublicSupervision');

export const PublicSupervisionPageSchema = z
  .object({
    agency: z.object({
      id: z.uuid(),
      name: z.string(),
      jurisdictionCode: z.string(),
      jurisdictionName: z.string(),
    }),
    items: z.array(PublicSupervisionSchema),
    nextCursor: z.string().nullable(),
  })
  .openapi('PublicSupervisionPage');

import { z } from '@hono/zod-openapi';
import { CHECK_ITEM_KINDS, INDUSTRIES } from '@shuangfang/db';
import { EnterpriseItemParams } from '../../lib/schemas.js';
import { StandardCode } from '../criteria/criteria.schemas.js';

// The check-item library (检查表): items with their legal basis (检查依据) per industry, and every
// 判定 item besides; an enterprise adopts them into a measure's check content, a regulator into
// its 抽查事项 catalogue.

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), { error: '不能包含空字符' });

export const CHECK_ITEM_ACTIONS = ['edit', 'archive', 'restore'] as const;
export const ADOPTION_ACTIONS = ['adopt'] as const;

export const CheckItemParam = z.object({
  checkItemId: z
    .uuid()
    .openapi({ param: { name: 'checkItemId', in: 'path' }, description: '检查项' }),
});
export const MeasureParams = EnterpriseItemParams;

export const CheckItemSchema = z
  .object({
    id: z.uuid().openapi({ description: '检查项编号；判定条目即其条目编号' }),
    kind: z.enum(CHECK_ITEM_KINDS).openapi({
      description: 'check 检查项；criterion 重大事故隐患判定条目（每个判定条目也是检查项）',
    }),
    content: z.string().openapi({ description: '检查内容' }),
    basis: z.string().openapi({ description: '检查依据' }),
    method: z.string().openapi({ description: '检查方法' }),
    industries: z.array(z.enum(INDUSTRIES)).openapi({ description: '适用行业；空为全部行业' }),
    criterion: z
      .object({
        itemId: z.uuid(),
        version: z.number().int(),
        standardCode: StandardCode,
        citation: z.string(),
      })
      .nullable()
      .openapi({ description: '判定条目（kind 为 criterion 时）' }),
    archived: z.boolean().openapi({ description: '已停用（不再供采纳；已采纳的不受影响）' }),
    actions: z.array(z.enum(CHECK_ITEM_ACTIONS)).openapi({
      description:
        '当前用户可做的操作（平台管理员，仅 kind 为 check）：edit 修改；archive 停用；restore 恢复。判定条目在判定标准库中修改',
    }),
  })
  .openapi('CheckItem');

export const CheckItemQuery = z.object({
  q: z.string().trim().max(100).optional().openapi({
    description: '检索词（空格分隔，须全部出现在检查内容或依据中）',
    example: '有限空间',
  }),
  industry: z.enum(INDUSTRIES).optional().openapi({ description: '只看适用于该行业的' }),
  kind: z.enum(CHECK_ITEM_KINDS).optional(),
  standard: StandardCode.optional().openapi({ description: '只看该判定标准的条目' }),
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: '包含已停用的检查项' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ description: '最多返回条数' }),
});

export const CheckItemPageSchema = z
  .object({
    items: z.array(CheckItemSchema),
    total: z.number().int(),
    actions: z.array(z.enum(['add'])).openapi({ description: 'add 新增检查项（平台管理员）' }),
  })
  .openapi('CheckItemPage');

export const CheckItemBody = z
  .object({
    content: text(2000).openapi({
      description: '检查内容',
      example: '有限空间作业前是否进行通风、检测',
    }),
    basis: text(500).openapi({
      description: '检查依据',
      example: '《工贸企业有限空间作业安全规定》',
    }),
    method: text(200).default('现场检查、查阅资料').openapi({ description: '检查方法' }),
    industries: z.array(z.enum(INDUSTRIES)).max(INDUSTRIES.length).default([]),
  })
  .openapi('CheckItemBody');

export const CheckItemPatch = z
  .object({
    content: text(2000).optional(),
    basis: text(500).optional(),
    method: text(200).optional(),
    industries: z.array(z.enum(INDUSTRIES)).max(INDUSTRIES.length).optional(),
    archived: z.boolean().optional().openapi({ description: 'true 停用；false 恢复' }),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { error: '请至少修改一项' })
  .openapi('CheckItemPatch');

/** Exactly one of the two: a check item, or a 判定 item. */
export const AdoptBody = z
  .object({
    checkItemId: z.uuid().optional().openapi({ description: '检查项（kind 为 check）' }),
    criterionItemId: z.uuid().optional().openapi({ description: '判定条目（kind 为 criterion）' }),
  })
  .refine((b) => (b.checkItemId === undefined) !== (b.criterionItemId === undefined), {
    error: '检查项与判定条目须且只能选择一项',
    path: ['checkItemId'],
  })
  .openapi('CheckItemAdoption');
export type AdoptInput = z.infer<typeof AdoptBody>;

export const AdoptedSchema = z
  .object({
    id: z.uuid(),
    checkItemId: z.uuid().nullable(),
    criterion: z
      .object({ itemId: z.uuid(), version: z.number().int() })
      .nullable()
      .openapi({ description: '采纳的判定条目及其版本：该措施排查异常时据此提出关联' }),
    content: z.string(),
    basis: z.string(),
    adoptedAt: z.string(),
    adoptedBy: z.object({ id: z.uuid(), name: z.string() }),
  })
  .openapi('AdoptedCheckItem');

export const MeasureCheckItemsSchema = z
  .object({
    measureId: z.uuid(),
    checkContent: z.string().openapi({ description: '管控措施的排查内容（采纳的检查项已并入）' }),
    items: z.array(AdoptedSchema),
    actions: z.array(z.enum(ADOPTION_ACTIONS)).openapi({
      description: 'adopt 可从检查项库采纳（企业主要负责人、安全管理员）',
    }),
  })
  .openapi('MeasureCheckItems');

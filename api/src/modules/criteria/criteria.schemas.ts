import { z } from '@hono/zod-openapi';
import {
  CRITERIA_FIDELITIES,
  CRITERIA_HOLDINGS,
  CRITERIA_STANDARD_STATUSES,
  INDUSTRIES,
} from '@shuangfang/db';
import { EnterpriseParam } from '../../lib/schemas.js';

// The contract of the 判定标准 library: public reads (with what a platform admin may do in
// `actions`), the admin's writes, and the hazard form's search for one enterprise.

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), { error: '不能包含空字符' });
const day = () => z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

export const StandardCode = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, {
    error: '只能由小写字母、数字和连字符组成，2 至 40 位，以字母或数字开头',
  })
  .openapi({ example: 'gongmao-2023' });

export const STANDARD_ACTIONS = ['edit', 'retire', 'add_item'] as const;
export const ITEM_ACTIONS = ['edit'] as const;

const Industries = z.array(z.enum(INDUSTRIES)).max(INDUSTRIES.length);
const Keywords = z.array(text(20)).max(20);

export const CodeParam = z.object({
  code: StandardCode.openapi({ param: { name: 'code', in: 'path' }, description: '标准代码' }),
});
export const ItemParam = z.object({
  criterionItemId: z.uuid().openapi({
    param: { name: 'criterionItemId', in: 'path' },
    description: '条目编号',
  }),
});
export { EnterpriseParam };

// ——— reads ———

export const StandardSchema = z
  .object({
    code: StandardCode,
    title: z.string().openapi({ example: '工贸企业重大事故隐患判定标准' }),
    docNumber: z.string().openapi({ description: '文号或标准号', example: '应急管理部令第10号' }),
    issuer: z.string(),
    jurisdiction: z
      .object({ code: z.string(), name: z.string() })
      .nullable()
      .openapi({ description: '地方标准的发布地；国家标准为 null' }),
    publishedOn: z.string().nullable(),
    effectiveFrom: z.string().openapi({ description: '施行日期', example: '2023-05-15' }),
    retiredFrom: z.string().nullable().openapi({ description: '自该日起废止；未废止为 null' }),
    retiredReason: z.string().nullable(),
    supersededBy: z.object({ code: StandardCode, title: z.string() }).nullable(),
    status: z.enum(CRITERIA_STANDARD_STATUSES).openapi({
      description: 'upcoming 尚未施行；current 现行；retired 已废止（以今天的中国日期计）',
    }),
    industries: Industries.openapi({ description: '标准适用的行业（辖区可另行设置）' }),
    holding: z.enum(CRITERIA_HOLDINGS).openapi({
      description: 'complete 本库收录全部条目；partial 本库只收录部分条目（见 coverage）',
    }),
    officialItemCount: z
      .number()
      .int()
      .nullable()
      .openapi({ description: '官方文本的条目数（已知时）' }),
    heldItemCount: z.number().int().openapi({ description: '本库收录的条目数' }),
    confirmed: z.boolean().openapi({ description: 'false：版本本身为推定，未与官方文本核对' }),
    officialSource: z.string().nullable(),
    coverage: z.string().openapi({ description: '本库收录与缺失的说明' }),
    note: z.string().nullable(),
    actions: z.array(z.enum(STANDARD_ACTIONS)).openapi({
      description:
        '当前用户可做的操作：edit 修改标准信息；retire 设定废止日期；add_item 新增条目（平台管理员）',
    }),
  })
  .openapi('CriteriaStandard');

export const ItemSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int().openapi({ description: '当前版本号（每次修改加一）' }),
    standard: z.object({
      code: StandardCode,
      title: z.string(),
      docNumber: z.string(),
      status: z.enum(CRITERIA_STANDARD_STATUSES),
    }),
    number: z
      .string()
      .nullable()
      .openapi({ description: '条/项号；null 为原文项号未取得', example: '第六条（四）' }),
    numberConfirmed: z.boolean().openapi({ description: 'false：项号为推定，待核实' }),
    citation: z.string().openapi({
      description: '引用写法（报告与督办中使用）',
      example: '《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条（四）',
    }),
    area: z.string().openapi({ description: '标准中的行业或领域', example: '建材' }),
    industries: Industries.openapi({ description: '条目只涉及这些行业；空为标准适用的全部行业' }),
    text: z.string(),
    fidelity: z.enum(CRITERIA_FIDELITIES).openapi({
      description:
        'verbatim 原文；near_verbatim 近原文（转载，标点或编号可能有出入）；partial 残缺（不据此判定）',
    }),
    linkable: z.boolean().openapi({ description: '现在可据此判定隐患：标准现行且文本完整' }),
    source: z.string().openapi({ description: '条文来源' }),
    note: z.string().nullable(),
    keywords: z.array(z.string()).openapi({ description: '检索关键词（非条文内容）' }),
    updatedAt: z.string().openapi({ description: '当前版本的录入时间' }),
    actions: z.array(z.enum(ITEM_ACTIONS)).openapi({
      description: '当前用户可做的操作：edit 修改（生成新版本，平台管理员）',
    }),
  })
  .openapi('CriteriaItem');

export const StandardListSchema = z
  .object({ items: z.array(StandardSchema), actions: z.array(z.enum(['add_standard'])) })
  .openapi('CriteriaStandardList', {
    description: 'actions 为列表级操作：add_standard 新增标准（平台管理员）',
  });

export const StandardDetailSchema = StandardSchema.extend({
  items: z.array(ItemSchema).openapi({ description: '全部条目（当前版本，按标准顺序）' }),
}).openapi('CriteriaStandardDetail');

export const ItemVersionSchema = z
  .object({
    version: z.number().int(),
    number: z.string().nullable(),
    numberConfirmed: z.boolean(),
    area: z.string(),
    industries: Industries,
    text: z.string(),
    fidelity: z.enum(CRITERIA_FIDELITIES),
    source: z.string(),
    note: z.string().nullable(),
    keywords: z.array(z.string()),
    changeReason: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .openapi('CriteriaItemVersion');

export const ItemDetailSchema = ItemSchema.extend({
  versions: z.array(ItemVersionSchema).openapi({ description: '全部版本，最新在前' }),
}).openapi('CriteriaItemDetail');

const SearchFields = {
  q: z.string().trim().max(100).optional().openapi({
    description: '检索词（可多个，以空格分隔，须全部出现在条文、条号、行业领域或关键词中）',
    example: '有限空间',
  }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ description: '最多返回条数' }),
};

export const SearchQuery = z.object({
  ...SearchFields,
  standard: StandardCode.optional().openapi({ description: '只看该标准' }),
  industry: z.enum(INDUSTRIES).optional().openapi({ description: '只看适用于该行业的条目' }),
  includeRetired: z.enum(['true', 'false']).optional().openapi({
    description: '包含已废止和尚未施行标准的条目（默认只看现行标准）',
  }),
});

export const ItemPageSchema = z
  .object({
    items: z.array(ItemSchema),
    total: z.number().int().openapi({ description: '符合条件的条目总数（items 最多 limit 条）' }),
  })
  .openapi('CriteriaItemPage');

export const EnterpriseSearchQuery = z.object({
  ...SearchFields,
  standard: StandardCode.optional().openapi({
    description: '只看该标准（须为适用于本企业的标准）',
  }),
});

export const EnterpriseItemPageSchema = ItemPageSchema.extend({
  standards: z
    .array(z.object({ code: StandardCode, title: z.string(), docNumber: z.string() }))
    .openapi({ description: '适用于本企业的现行标准（本企业的隐患可据其条目判定）' }),
}).openapi('EnterpriseCriteriaItemPage');

// ——— platform admin writes ———

const standardFields = {
  title: text(200).openapi({
    example: '化工和危险化学品生产经营企业重大生产安全事故隐患判定准则',
  }),
  docNumber: text(100).openapi({ example: 'AQ 3067—2026' }),
  issuer: text(100).openapi({ example: '应急管理部' }),
  publishedOn: day().nullable().openapi({ example: '2026-03-09' }),
  effectiveFrom: day().openapi({ example: '2026-09-30' }),
  industries: Industries.openapi({ description: '适用行业', example: ['危险化学品'] }),
  holding: z.enum(CRITERIA_HOLDINGS).openapi({ example: 'partial' }),
  officialItemCount: z.number().int().min(0).max(10_000).nullable(),
  confirmed: z.boolean(),
  officialSource: text(500).nullable(),
  coverage: z.string().trim().max(4000),
  note: text(4000).nullable(),
};

export const StandardBody = z
  .object({
    code: StandardCode.openapi({ description: '标准代码（创建后不可改）', example: 'aq3067-2026' }),
    jurisdictionCode: z
      .string()
      .regex(/^\d{6}$/, { error: '行政区划代码为 6 位数字' })
      .nullable()
      .optional()
      .openapi({ description: '地方标准的发布地（省级等）；国家标准不填' }),
    ...standardFields,
    publishedOn: standardFields.publishedOn.optional(),
    industries: standardFields.industries.default([]),
    officialItemCount: standardFields.officialItemCount.optional(),
    confirmed: standardFields.confirmed.default(true),
    officialSource: standardFields.officialSource.optional(),
    coverage: standardFields.coverage.default(''),
    note: standardFields.note.optional(),
  })
  .openapi('CriteriaStandardBody');

export const StandardPatch = z
  .object(standardFields)
  .partial()
  .refine((b) => Object.values(b).some((v) => v !== undefined), { error: '请至少修改一项' })
  .openapi('CriteriaStandardPatch');

export const RetireBody = z
  .object({
    retiredFrom: day().openapi({ description: '自该日起废止', example: '2026-09-30' }),
    reason: text(1000).openapi({ example: '被新标准取代' }),
    supersededBy: StandardCode.nullable().optional().openapi({ description: '取代它的标准' }),
  })
  .openapi('CriteriaRetireBody');

const itemFields = {
  number: text(50).nullable().openapi({
    description: '条/项号；原文项号未取得时为 null',
    example: '第十三条（一）',
  }),
  numberConfirmed: z.boolean().openapi({ description: '项号是否已与原文核对' }),
  area: text(100).openapi({ example: '存在有限空间作业的工贸企业（专项）' }),
  industries: Industries.default([]),
  text: text(4000).openapi({ description: '条文' }),
  fidelity: z.enum(CRITERIA_FIDELITIES),
  source: text(1000).openapi({ description: '条文来源', example: '应急管理部官网公布的文本' }),
  note: text(2000).nullable().optional(),
  keywords: Keywords.default([]).openapi({ description: '检索关键词', example: ['有限空间'] }),
};
const numberRule = {
  error: '没有项号时不能标为已核对',
  path: ['numberConfirmed'],
};
const numberIsConsistent = (b: { number: string | null; numberConfirmed: boolean }) =>
  b.number !== null || !b.numberConfirmed;

export const ItemCreateBody = z
  .object({
    ...itemFields,
    sortOrder: z.number().int().min(1).max(10_000).optional().openapi({
      description: '在标准中的位置（从 1 起）；不填则排在最后',
    }),
  })
  .refine(numberIsConsistent, numberRule)
  .openapi('CriteriaItemCreate');

export const ItemEditBody = z
  .object({
    ...itemFields,
    changeReason: text(1000).openapi({ description: '修改原因', example: '按官方公报核对标点' }),
  })
  .refine(numberIsConsistent, numberRule)
  .openapi('CriteriaItemEdit', { description: '条目的完整新内容：保存为新版本，旧版本保留' });

import {
  CREDIT_STATUSES,
  ENTERPRISE_SCALES,
  INDUSTRIES,
  RISK_COLOURS,
  STANDARDIZATION_LEVELS,
} from '@shuangfang/db';
import { z } from '@hono/zod-openapi';
import { canonicalCreditCode, creditCodeProblem } from '../../lib/credit-code.js';
import { PageQuery } from '../../lib/pagination.js';
import { DivisionCode } from '../jurisdictions/jurisdictions.schemas.js';

const CreditCode = z
  .string()
  .transform(canonicalCreditCode)
  .superRefine((code, ctx) => {
    const problem = creditCodeProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .openapi({
    description:
      '统一社会信用代码（GB 32100，18位含校验位；第1—2位须为登记管理部门和机构类别代码，第3—8位须为有效的行政区划代码；小写字母按大写处理）',
    example: '91360735MA35F0XU52',
  });

export const EnterpriseSchema = z
  .object({
    id: z.uuid(),
    creditCode: z.string(),
    name: z.string(),
    industry: z.enum(INDUSTRIES),
    scale: z.enum(ENTERPRISE_SCALES),
    address: z.string(),
    jurisdictionCode: z.string(),
    jurisdictionName: z.string(),
    supervisingAgencyId: z.uuid(),
    supervisingAgencyName: z.string(),
    riskLevel: z
      .enum(RISK_COLOURS)
      .nullable()
      .openapi({ description: '企业风险等级（风险事件最高等级）' }),
    standardizationLevel: z.enum(STANDARDIZATION_LEVELS).nullable(),
    creditStatus: z.enum(CREDIT_STATUSES),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Enterprise');

const fields = {
  creditCode: CreditCode,
  name: z.string().trim().min(1).max(200).openapi({ example: '石城县某某矿业有限公司' }),
  industry: z.enum(INDUSTRIES).openapi({ description: '行业' }),
  scale: z.enum(ENTERPRISE_SCALES).openapi({ description: '规模' }),
  address: z.string().trim().min(1).max(300),
  jurisdictionCode: DivisionCode.openapi({ description: '所在行政区划（须在本机构辖区内）' }),
  supervisingAgencyId: z.uuid().optional().openapi({ description: '监管机构；缺省为本机构' }),
};

export const CreateEnterpriseBody = z.object(fields).strict().openapi('CreateEnterpriseBody');
export const UpdateEnterpriseBody = z
  .object(fields)
  .partial()
  .strict()
  .openapi('UpdateEnterpriseBody');

export const EnterpriseFilter = z.object({
  q: z.string().trim().max(100).optional().openapi({ description: '按名称或统一社会信用代码搜索' }),
  industry: z.enum(INDUSTRIES).optional(),
  jurisdictionCode: DivisionCode.optional().openapi({ description: '只列出该辖区（含下级）' }),
  active: z.enum(['true', 'false']).optional().openapi({ description: '是否在册；缺省为全部' }),
});
export type EnterpriseFilter = z.infer<typeof EnterpriseFilter>;

export const EnterpriseListQuery = PageQuery.extend(EnterpriseFilter.shape);

export const EnterprisePage = z
  .object({
    items: z.array(EnterpriseSchema),
    nextCursor: z.string().nullable(),
    total: z.number().int().openapi({ description: '符合条件的企业总数' }),
  })
  .openapi('EnterprisePage');

export const EnterpriseCounts = z
  .object({
    items: z.array(
      z.object({
        jurisdictionCode: z.string(),
        active: z.number().int().openapi({ description: '在册企业数，含下级行政区划' }),
      }),
    ),
  })
  .openapi('EnterpriseCounts');

export const ImportResult = z
  .object({ imported: z.number().int().openapi({ description: '导入的企业数' }) })
  .openapi('ImportResult');

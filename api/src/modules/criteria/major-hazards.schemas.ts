import { z } from '@hono/zod-openapi';
import { INDUSTRIES } from '@shuangfang/db';
import { DivisionCode } from '../jurisdictions/jurisdictions.schemas.js';
import { StandardCode } from './criteria.schemas.js';

// The regulator's view "重大隐患 by 判定 item": across the caller's subtree, which items the
// 重大 hazards were judged against, in which industries, how many are still open.

export const MajorByItemQuery = z.object({
  jurisdiction: DivisionCode.optional().openapi({
    description: '行政区划代码（须在本机构辖区内，含下级）；默认本机构所在区划，平台管理员必须指定',
  }),
  industry: z.enum(INDUSTRIES).optional().openapi({ description: '只看该行业的企业' }),
  standard: StandardCode.optional().openapi({ description: '只看该判定标准的条目' }),
  from: z.iso.date().optional().openapi({
    description: '隐患登记日期不早于（含，北京时间）；默认不限',
    example: '2026-01-01',
  }),
  to: z.iso.date().optional().openapi({
    description: '隐患登记日期不晚于（含，北京时间）；默认不限',
    example: '2026-12-31',
  }),
});

const Counts = {
  hazards: z.number().int().openapi({ description: '对应该条目的重大隐患数（含已销号）' }),
  open: z.number().int().openapi({ description: '其中尚未销号的（整改中、待验收）' }),
  enterprises: z.number().int().openapi({ description: '涉及的企业数' }),
};
const IndustryCounts = z.object({ industry: z.enum(INDUSTRIES), ...Counts });

export const MajorByItemSchema = z
  .object({
    jurisdiction: z.object({ code: z.string(), name: z.string() }),
    from: z.string().nullable(),
    to: z.string().nullable(),
    total: z.object({
      ...Counts,
      items: z.number().int().openapi({ description: '涉及的条目数' }),
    }),
    industries: z.array(IndustryCounts).openapi({ description: '各行业合计，多者在前' }),
    items: z
      .array(
        z.object({
          item: z.object({
            id: z.uuid(),
            citation: z.string(),
            number: z.string().nullable(),
            area: z.string(),
            text: z.string().openapi({ description: '当前版本的条文' }),
            standard: z.object({ code: StandardCode, title: z.string() }),
          }),
          ...Counts,
          industries: z.array(IndustryCounts).openapi({ description: '该条目在各行业的分布' }),
        }),
      )
      .openapi({
        description:
          '各条目，隐患多者在前。明细用 GET /api/v1/hazards?criterionItemId=…&grade=重大（可加 industry、jurisdictionCode）',
      }),
  })
  .openapi('MajorHazardsByCriterion');

import { ACCIDENT_TYPES, CONTROL_LEVELS, MEASURE_CATEGORIES, RISK_COLOURS } from '@shuangfang/db';
import { z } from '@hono/zod-openapi';

const BoardContent = z.object({
  positionName: z.string(),
  grade: z
    .enum(RISK_COLOURS)
    .nullable()
    .openapi({ description: '告知卡颜色：岗位风险事件的最高等级' }),
  risks: z.array(
    z.object({
      place: z.string(),
      hazardFactor: z.string(),
      accidentType: z.enum(ACCIDENT_TYPES),
      consequence: z.string(),
      grade: z.enum(RISK_COLOURS).nullable(),
    }),
  ),
  accidentTypes: z.array(z.enum(ACCIDENT_TYPES)).openapi({ description: '可能引发的事故类别' }),
  consequences: z.array(z.string()),
  measures: z.array(
    z.object({
      category: z.enum(MEASURE_CATEGORIES),
      description: z.string(),
      controlLevel: z.enum(CONTROL_LEVELS),
    }),
  ),
  emergencyMeasures: z.array(
    z.object({ steps: z.string(), equipment: z.string(), phone: z.string() }),
  ),
  phones: z.array(z.string()).openapi({ description: '报告方式' }),
  responsiblePersons: z.array(z.string()),
  openHazards: z.number().int().openapi({ description: '本岗位所在风险单元中尚未销号的隐患数' }),
});

export const BoardLinkSchema = z
  .object({ token: z.string(), createdAt: z.string() })
  .openapi('BoardLink', { description: '公开链接 /b/{token}（告知卡二维码指向）' });

export const BoardSchema = BoardContent.extend({ link: BoardLinkSchema.nullable() }).openapi(
  'Board',
);
export const PublicBoardSchema = BoardContent.openapi('PublicBoard');

export const TokenParam = z.object({
  token: z
    .string()
    .regex(/^[a-z0-9]{24}$/, { error: '链接无效' })
    .openapi({ param: { name: 'token', in: 'path' } }),
});

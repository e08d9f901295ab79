import { orNull } from '../../lib/schemas.js';
import { ACCIDENT_TYPES, CONTROL_LEVELS, MEASURE_CATEGORIES, RISK_COLOURS } from '@shuangfang/db';
import { z } from '@hono/zod-openapi';

const BoardContent = z.object({
  enterpriseName: z.string().openapi({ description: '企业名称' }),
  positionName: z.string(),
  lastCheckAt: z.string().nullable().openapi({
    description: '最近一次排查时间（本岗位风险事件的管控措施中最近的排查记录）；未排查为 null',
  }),
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

const Warning = z.string().nullable().openapi({
  description: '公开链接在手机上打不开的原因（未配置 PUBLIC_ORIGIN 且地址为本机）；null 表示无问题',
});

export const BoardLinkSchema = z
  .object({
    token: z.string(),
    createdAt: z.string(),
    url: z.string().openapi({
      description: '公开页面的完整地址（按配置的 PUBLIC_ORIGIN 生成），二维码即指向它',
      example: 'https://shuangfang.example.gov.cn/b/k3j9x2m4p7q8r5t6v1w0y2z4',
    }),
    warning: Warning,
  })
  .openapi('BoardLink', { description: '公开链接 /b/{token}（告知卡二维码指向）' });

export const PublicOriginSchema = z
  .object({
    origin: z.string().openapi({ description: '公开链接使用的地址（协议、主机、端口）' }),
    configured: z.boolean().openapi({ description: '是否已配置 PUBLIC_ORIGIN' }),
    warning: Warning,
  })
  .openapi('PublicOrigin');

export const BoardSchema = BoardContent.extend({
  link: orNull(BoardLinkSchema),
  publicOrigin: PublicOriginSchema,
}).openapi('Board');
export const PublicBoardSchema = BoardContent.openapi('PublicBoard');

export const TokenParam = z.object({
  token: z
    .string()
    .regex(/^[a-z0-9]{24}$/, { error: '链接无效' })
    .openapi({ param: { name: 'token', in: 'path' } }),
});

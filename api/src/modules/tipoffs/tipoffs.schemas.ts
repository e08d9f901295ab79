import { z } from '@hono/zod-openapi';
import {
  HAZARD_CATEGORIES,
  HAZARD_KINDS,
  HAZARD_STATES,
  TIPOFF_KINDS,
  TIPOFF_STATES,
  UPLOAD_CONTENT_TYPES,
} from '@shuangfang/db';
import { PageQuery } from '../../lib/pagination.js';
import { TIPOFF_ACTIONS } from './tipoffs.access.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), { error: '不能包含空字符' });

/** Mainland mobile (11 digits from 1[3-9]) or a landline with its area code (0xx-xxxxxxx). */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const MAX_TIPOFF_PHOTOS = 3;

const photo = z.instanceof(File, { error: '照片须为文件' }).openapi({
  type: 'string',
  format: 'binary',
});

// The public form, sent as multipart so the photos travel in the same request (a citizen has no
// session, hence no access to the enterprise's upload store).
export const TipoffForm = z
  .object({
    enterpriseId: z.uuid({ error: '请选择被举报的企业' }).openapi({ description: '被举报企业' }),
    kind: z
      .enum(TIPOFF_KINDS)
      .openapi({ description: 'hazard 事故隐患 / violation 安全生产违法行为' }),
    description: text(2000).openapi({
      description: '举报内容',
      example: '仓库堆放大量易燃物，消防通道堵塞',
    }),
    location: text(200).optional().openapi({ description: '具体位置' }),
    anonymous: z.enum(['true', 'false']).default('false').openapi({ description: '匿名举报' }),
    reporterName: text(50).optional().openapi({ description: '举报人姓名（实名举报必填）' }),
    reporterPhone: z
      .string()
      .trim()
      .regex(PHONE, { error: '联系电话须为 11 位手机号或带区号的固定电话' })
      .optional()
      .openapi({ description: '联系电话（实名举报必填）' }),
    photos: z
      .union([
        photo,
        z.array(photo).max(MAX_TIPOFF_PHOTOS, { error: `最多 ${MAX_TIPOFF_PHOTOS} 张照片` }),
      ])
      .optional()
      .openapi({
        description: `现场照片，最多 ${MAX_TIPOFF_PHOTOS} 张（JPEG、PNG 或 WebP，每张最大 10 MB）`,
      }),
  })
  .superRefine((form, ctx) => {
    if (form.anonymous === 'true') return;
    if (!form.reporterName) {
      ctx.addIssue({ code: 'custom', path: ['reporterName'], message: '实名举报须填写姓名' });
    }
    if (!form.reporterPhone) {
      ctx.addIssue({ code: 'custom', path: ['reporterPhone'], message: '实名举报须填写联系电话' });
    }
  });
export type TipoffFormValues = z.infer<typeof TipoffForm>;

export const FiledSchema = z
  .object({
    receiptCode: z.string().openapi({
      description: '查询码：凭此码查询处理进度（请妥善保存，平台不保存明文，无法找回）',
      example: 'K7QM-3WXE-9TPA-HN4R',
    }),
    filedAt: z.iso.datetime(),
  })
  .openapi('TipoffFiled');

export const ReceiptParam = z.object({
  receiptCode: z
    .string()
    .max(40)
    .openapi({ param: { name: 'receiptCode', in: 'path' }, example: 'K7QM-3WXE-9TPA-HN4R' }),
});

export const PublicStatusSchema = z
  .object({
    enterpriseName: z.string(),
    kind: z.enum(TIPOFF_KINDS),
    filedAt: z.iso.datetime(),
    state: z.enum(TIPOFF_STATES),
    stateLabel: z.string().openapi({ example: '已核实' }),
    rejectReason: z.string().nullable().openapi({ description: '不属实的理由' }),
    hazardStateLabel: z
      .string()
      .nullable()
      .openapi({ description: '核实后生成的隐患当前状态', example: '整改中' }),
    reward: z
      .object({ amountYuan: z.string(), paid: z.boolean(), paidOn: z.string().nullable() })
      .nullable()
      .openapi({ description: '奖励金额（元）与发放情况' }),
  })
  .openapi('TipoffPublicStatus');

export const EnterpriseSearchQuery = z
  .object({
    q: z
      .string()
      .trim()
      .min(2)
      .max(50)
      .optional()
      .openapi({ description: '企业名称或统一社会信用代码' }),
    board: z
      .string()
      .regex(/^[a-z0-9]{24}$/, { error: '链接无效' })
      .optional()
      .openapi({ description: '告知卡二维码链接的 token' }),
  })
  .refine((q) => q.q !== undefined || q.board !== undefined, {
    path: ['q'],
    error: '请输入至少 2 个字的企业名称或信用代码',
  });

export const PublicEnterpriseSchema = z
  .object({ id: z.uuid(), name: z.string(), jurisdictionName: z.string() })
  .openapi('PublicEnterprise');

// ——— triage (agency side) ———

export const TipoffParam = z.object({
  tipoffId: z.uuid().openapi({ param: { name: 'tipoffId', in: 'path' } }),
});
export const PhotoParams = TipoffParam.extend({
  photoId: z.uuid().openapi({ param: { name: 'photoId', in: 'path' } }),
});

export const TriageListQuery = PageQuery.extend({
  state: z.enum(TIPOFF_STATES).optional(),
  enterpriseId: z.uuid().optional(),
});

const Yuan = z
  .string()
  .trim()
  .regex(/^\d{1,10}(\.\d{1,2})?$/, { error: '金额须为元，最多两位小数' })
  .openapi({ example: '50000.00' });

export const MoveBody = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('review') }),
    z.object({ action: z.literal('reject'), reason: text(1000) }),
    z.object({
      action: z.literal('verify'),
      kind: z.enum(HAZARD_KINDS),
      category: z.enum(HAZARD_CATEGORIES),
      description: text(2000).openapi({ description: '隐患描述（不得包含举报人信息）' }),
      location: text(200).optional(),
      attachPhotos: z.boolean().default(false).openapi({ description: '把举报照片附到隐患上' }),
      criterionItemId: z.uuid().optional().openapi({
        description:
          '核实的隐患对应的重大事故隐患判定条目（须适用于被举报企业）；企业确认时依法应判定为重大',
      }),
    }),
    z.object({ action: z.literal('fine'), fineYuan: Yuan }),
    z.object({
      action: z.literal('pay'),
      paidOn: z.iso.date().openapi({ example: '2026-12-01' }),
      receiptCode: z
        .string()
        .max(40)
        .optional()
        .openapi({ description: '匿名举报：领取人出示的查询码（须与举报相符）' }),
    }),
  ])
  .openapi('TipoffMove');
export type MoveBodyValues = z.infer<typeof MoveBody>;

const Reward = z.object({
  fineYuan: z.string(),
  rewardYuan: z.string(),
  recordedAt: z.iso.datetime(),
  paidOn: z.string().nullable(),
});

const TipoffSchema = z
  .object({
    id: z.uuid(),
    enterpriseId: z.uuid(),
    enterpriseName: z.string(),
    kind: z.enum(TIPOFF_KINDS),
    description: z.string(),
    location: z.string().nullable(),
    anonymous: z.boolean(),
    reporterName: z.string().nullable(),
    reporterPhone: z.string().nullable(),
    state: z.enum(TIPOFF_STATES),
    filedAt: z.iso.datetime(),
    reviewedAt: z.iso.datetime().nullable(),
    decidedAt: z.iso.datetime().nullable(),
    rejectReason: z.string().nullable(),
    hazardId: z.uuid().nullable(),
    hazardState: z.enum(HAZARD_STATES).nullable(),
    reward: Reward.nullable(),
  })
  .openapi('Tipoff');

export const TipoffDetailSchema = TipoffSchema.extend({
  actions: z.array(z.enum(TIPOFF_ACTIONS)).openapi({ description: '当前用户现在可做的操作' }),
  photos: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      contentType: z.enum(UPLOAD_CONTENT_TYPES),
      size: z.number(),
    }),
  ),
}).openapi('TipoffDetail');

export const TipoffPageSchema = z
  .object({ items: z.array(TipoffSchema), nextCursor: z.string().nullable() })
  .openapi('TipoffPage');

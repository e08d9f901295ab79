import { z } from '@hono/zod-openapi';
import { DELIVERY_CHANNELS, DELIVERY_STATES, NOTIFICATION_KINDS } from '@shuangfang/db';
import { PageQuery } from '../../lib/pagination.js';

const KIND_OR_DIGEST = [...NOTIFICATION_KINDS, 'digest'] as const;

export const DeliveryQuery = PageQuery.extend({
  state: z.enum(DELIVERY_STATES).optional().openapi({ description: '按状态筛选' }),
  channel: z.enum(DELIVERY_CHANNELS).optional().openapi({ description: '按方式筛选' }),
  kind: z.enum(KIND_OR_DIGEST).optional().openapi({ description: '按提醒事项筛选' }),
});

export const DeliveryParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: '发送记录编号' }),
});

export const DELIVERY_ACTIONS = ['resend'] as const;

export const DeliverySchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(KIND_OR_DIGEST),
    kindLabel: z.string().openapi({ example: '隐患整改逾期' }),
    channel: z.enum(DELIVERY_CHANNELS),
    channelLabel: z.string().openapi({ example: '企业微信群机器人' }),
    channelName: z.string().nullable().openapi({ description: '群机器人或 Webhook 的名称' }),
    recipient: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .openapi({ description: '接收人；Webhook 为 null（正文列出相关人员）' }),
    title: z.string(),
    state: z.enum(DELIVERY_STATES).openapi({
      description:
        'pending 待发送（含等待重试、免打扰推迟）；sending 发送中；delivered 已送达；failed 失败（不再重试）；held 待汇总；digested 已并入每日汇总',
    }),
    stateLabel: z.string().openapi({ example: '已送达' }),
    attempts: z.number().int().openapi({ description: '已尝试次数' }),
    nextAttemptAt: z.string().nullable().openapi({ description: '待发送时：下次发送时间' }),
    lastError: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    digestId: z.uuid().nullable().openapi({ description: '并入的每日汇总' }),
    resendOf: z.uuid().nullable().openapi({ description: '重发自哪条记录' }),
    createdAt: z.string(),
    actions: z.array(z.enum(DELIVERY_ACTIONS)).openapi({
      description: 'resend：重新发送（已送达或失败的记录）',
    }),
  })
  .openapi('NotificationDelivery');

export const DeliveryPageSchema = z
  .object({ items: z.array(DeliverySchema), nextCursor: z.string().nullable() })
  .openapi('NotificationDeliveryPage');

export const DeliveryDetailSchema = DeliverySchema.extend({
  content: z
    .object({
      title: z.string(),
      lines: z.array(z.string()),
      href: z.string().nullable().openapi({ description: '应用内的页面' }),
      items: z
        .array(z.object({ title: z.string(), kindLabel: z.string(), href: z.string().nullable() }))
        .openapi({ description: '每日汇总包含的提醒' }),
    })
    .openapi({ description: '发送的内容' }),
  attemptLog: z
    .array(
      z.object({
        attempt: z.number().int(),
        at: z.string(),
        ok: z.boolean(),
        statusCode: z
          .number()
          .int()
          .nullable()
          .openapi({ description: 'HTTP 状态码或 SMTP 应答码' }),
        error: z.string().nullable(),
        durationMs: z.number().int(),
      }),
    )
    .openapi({ description: '每次尝试：时间、结果、状态码、错误' }),
}).openapi('NotificationDeliveryDetail');

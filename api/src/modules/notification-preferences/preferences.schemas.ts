import { z } from '@hono/zod-openapi';
import { orNull } from '../../lib/schemas.js';
import { NOTIFICATION_KINDS, PERSONAL_CHANNELS } from '@shuangfang/db';

const Time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '时间格式应为 HH:MM（24 小时制）' })
  .openapi({ example: '22:00' });

const QuietHours = z
  .object({
    start: Time.openapi({ description: '免打扰开始（中国时间）', example: '22:00' }),
    end: Time.openapi({
      description: '免打扰结束（中国时间），早于开始即跨午夜',
      example: '07:00',
    }),
  })
  .openapi('QuietHours');

export const PreferencesBody = z
  .object({
    email: z.email({ error: '电子邮箱格式不正确' }).max(200).nullable().openapi({
      description: '接收提醒的电子邮箱；null 表示使用账号的电子邮箱（不改变登录用的邮箱）',
      example: 'zhangsan@example.com',
    }),
    events: z
      .array(z.enum(NOTIFICATION_KINDS))
      .max(NOTIFICATION_KINDS.length)
      .openapi({
        description: '接收的提醒事项（只能是下方 events 列出的；未列出的不变）',
        example: ['check_due', 'hazard_assigned'],
      }),
    channels: z
      .array(z.enum(PERSONAL_CHANNELS))
      .max(PERSONAL_CHANNELS.length)
      .openapi({
        description: 'email 电子邮件；wecom 在本单位企业微信群被 @；dingtalk 在本单位钉钉群被 @',
        example: ['email', 'wecom'],
      }),
    quietHours: orNull(QuietHours).openapi({
      description: '免打扰时段：其间的提醒推迟到结束时发送；null 不设',
    }),
    digestHour: z.number().int().min(0).max(23).nullable().openapi({
      description: '每日汇总：每天此时（中国时间，0–23 时）把提醒合并为一条发送；null 逐条发送',
      example: 8,
    }),
  })
  .openapi('NotificationPreferencesBody');

export const PREFERENCE_ACTIONS = ['update'] as const;

export const PreferencesSchema = z
  .object({
    email: z
      .string()
      .nullable()
      .openapi({ description: '在此设置的提醒邮箱（null：使用账号邮箱）' }),
    accountEmail: z.string().nullable().openapi({ description: '账号的电子邮箱' }),
    phone: z.string().nullable().openapi({ description: '账号手机号：群机器人用它 @ 本人' }),
    events: z
      .array(
        z.object({
          kind: z.enum(NOTIFICATION_KINDS),
          label: z.string().openapi({ example: '隐患整改逾期' }),
          enabled: z.boolean(),
        }),
      )
      .openapi({ description: '当前身份可能收到的提醒事项' }),
    channels: z.array(
      z.object({
        channel: z.enum(PERSONAL_CHANNELS),
        label: z.string().openapi({ example: '企业微信群（@我）' }),
        enabled: z.boolean().openapi({ description: '本人是否选择' }),
        available: z.boolean().openapi({ description: '现在能否送达' }),
        note: z
          .string()
          .nullable()
          .openapi({ description: '不能送达的原因', example: '本单位尚未配置企业微信群机器人' }),
      }),
    ),
    quietHours: z
      .object({ start: z.string(), end: z.string() })
      .nullable()
      .openapi({ description: '免打扰时段（中国时间）' }),
    digestHour: z
      .number()
      .int()
      .nullable()
      .openapi({ description: '每日汇总的时刻；null 逐条发送' }),
    actions: z.array(z.enum(PREFERENCE_ACTIONS)).openapi({ description: 'update：可修改' }),
  })
  .openapi('NotificationPreferences');

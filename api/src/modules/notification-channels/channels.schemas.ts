import { z } from '@hono/zod-openapi';
import { CHANNEL_KINDS, NOTIFICATION_KINDS } from '@shuangfang/db';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), { error: '不能包含空字符' });

const Url = z
  .url({ protocol: /^https?$/, error: '须为 http(s) 地址' })
  .max(2000)
  .openapi({
    description:
      '企业微信机器人：https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…；钉钉机器人：https://oapi.dingtalk.com/robot/send?access_token=…；Webhook：接收方的地址。保存后不再返回，只返回遮盖后的 urlPreview',
    example:
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa',
  });
const Secret = z.string().trim().min(8).max(200).openapi({
  description:
    '签名密钥：钉钉机器人「加签」的密钥（SEC 开头，必填）；Webhook 的 HMAC-SHA256 密钥（至少 16 位，必填）；企业微信机器人不用。保存后加密存储，不再返回',
  example: 'SEC4f1c2d9e8b1a4c559a513f3c2d1e0a77c2d1e0a77',
});
const Kinds = z
  .array(z.enum(NOTIFICATION_KINDS))
  .min(1)
  .max(NOTIFICATION_KINDS.length)
  .openapi({
    description: '该渠道推送的提醒事项；默认本单位可收到的全部',
    example: ['hazard_overdue'],
  });

export const ChannelBody = z
  .object({
    kind: z.enum(CHANNEL_KINDS).openapi({
      description:
        'wecom_robot 企业微信群机器人（每单位一个）；dingtalk_robot 钉钉群机器人（每单位一个）；webhook 系统对接（可多个）',
    }),
    name: text(50).openapi({ description: '名称', example: '安全管理群' }),
    url: Url,
    secret: Secret.optional(),
    kinds: Kinds.optional(),
    enabled: z.boolean().default(true).openapi({ description: '启用' }),
  })
  .openapi('NotificationChannelBody');

export const ChannelPatch = z
  .object({
    name: text(50).optional(),
    url: Url.optional(),
    secret: Secret.nullable().optional().openapi({ description: '新的签名密钥；不传则不变' }),
    kinds: Kinds.optional(),
    enabled: z.boolean().optional().openapi({ description: '启用' }),
  })
  .openapi('NotificationChannelPatch');

export const ChannelParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: '渠道编号' }),
});

export const CHANNEL_ACTIONS = ['update', 'archive', 'test'] as const;

const KindOption = z.object({
  kind: z.enum(NOTIFICATION_KINDS),
  label: z.string().openapi({ example: '隐患整改逾期' }),
});

export const ChannelSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(CHANNEL_KINDS),
    kindLabel: z.string().openapi({ example: '企业微信群机器人' }),
    name: z.string(),
    urlPreview: z.string().openapi({
      description: '遮盖了参数值的地址（完整地址含密钥，不返回）',
      example: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****5aaa',
    }),
    secretSet: z.boolean().openapi({ description: '是否已设置签名密钥（密钥本身不返回）' }),
    kinds: z.array(KindOption).openapi({ description: '推送的提醒事项' }),
    enabled: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    actions: z.array(z.enum(CHANNEL_ACTIONS)).openapi({
      description: '当前用户可执行的操作：update 修改；archive 删除；test 发送测试消息',
    }),
  })
  .openapi('NotificationChannel');

export const ChannelListSchema = z
  .object({
    items: z.array(ChannelSchema),
    channelKinds: z
      .array(
        z.object({
          kind: z.enum(CHANNEL_KINDS),
          label: z.string(),
          secret: z.enum(['required', 'none']).openapi({ description: '是否需要签名密钥' }),
          available: z.boolean().openapi({ description: '还能否新增（机器人每单位一个）' }),
        }),
      )
      .openapi({ description: '可新增的渠道类型' }),
    notificationKinds: z.array(KindOption).openapi({ description: '本单位的渠道可推送的提醒事项' }),
    actions: z.array(z.enum(['create'])).openapi({ description: 'create：可新增渠道' }),
  })
  .openapi('NotificationChannelList');

export const ChannelTestSchema = z
  .object({
    ok: z.boolean(),
    statusCode: z.number().int().nullable().openapi({ description: 'HTTP 状态码' }),
    error: z.string().nullable().openapi({ example: '机器人返回错误 310000：sign not match' }),
    durationMs: z.number().int(),
  })
  .openapi('NotificationChannelTest');

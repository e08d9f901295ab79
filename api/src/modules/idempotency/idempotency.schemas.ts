import { z } from '@hono/zod-openapi';

/** The header a phone's queued write carries; the same value again answers the first result. */
export const IdempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,200}$/, {
      error: '须为 1–200 个字母、数字或 . _ : -（建议用 UUID）',
    })
    .optional()
    .openapi({
      description:
        'Idempotency-Key：离线队列为每条待发送的写入生成的唯一键（建议 UUID）。同一用户在同一企业用同一键重发，返回第一次的结果（响应头 Idempotent-Replayed: true），不会再写一条；同一键配不同内容返回 422 IDEMPOTENCY_KEY_REUSED。保留 30 天',
      example: '6f1c2d9e-8b1a-4c55-9a51-3f3c2d1e0a77',
    }),
});

/** Set on an answer that repeats the stored result of an earlier request with the same key. */
export const REPLAYED_HEADER = 'idempotent-replayed';

export const replayHeaders = {
  'Idempotent-Replayed': {
    description: '为 true 时，本响应是此前同一幂等键请求的结果，本次未写入任何数据',
    schema: { type: 'string' as const, enum: ['true'] },
  },
};

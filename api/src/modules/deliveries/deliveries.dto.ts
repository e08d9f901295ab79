import type { DeliveryState, NotificationAttemptRow } from '@shuangfang/db';
import { DELIVERY_CHANNEL_LABELS, KIND_LABELS } from '../notifications/notification-kinds.js';
import type { LogRow } from './deliveries.repository.js';
import type { MessageContent } from './message-format.js';

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

export const STATE_LABELS: Record<DeliveryState, string> = {
  pending: '待发送',
  sending: '发送中',
  delivered: '已送达',
  failed: '失败',
  held: '待汇总',
  digested: '已并入汇总',
};

export function deliveryDto(d: LogRow) {
  const content = d.content as MessageContent;
  return {
    id: d.id,
    kind: d.kind,
    kindLabel: d.kind === 'digest' ? '每日汇总' : KIND_LABELS[d.kind],
    channel: d.channel,
    channelLabel: DELIVERY_CHANNEL_LABELS[d.channel],
    channelName: d.channel_name,
    recipient: d.recipient_user_id
      ? { id: d.recipient_user_id, name: d.recipient_name ?? '' }
      : null,
    title: content.title,
    state: d.state,
    stateLabel: STATE_LABELS[d.state],
    attempts: d.attempts,
    nextAttemptAt: d.state === 'pending' || d.state === 'held' ? iso(d.next_attempt_at) : null,
    lastError: d.last_error,
    deliveredAt: isoOrNull(d.delivered_at),
    digestId: d.digest_id,
    resendOf: d.resend_of,
    createdAt: iso(d.created_at),
    // Re-sent only once it has gone out or given up; one still on its way is left to finish.
    actions: d.state === 'delivered' || d.state === 'failed' ? (['resend'] as const).slice() : [],
  };
}

export function deliveryDetailDto(d: LogRow, attempts: NotificationAttemptRow[]) {
  const content = d.content as MessageContent;
  return {
    ...deliveryDto(d),
    content: {
      title: content.title,
      lines: content.lines ?? [],
      href: content.href ?? null,
      items: (content.items ?? []).map((i) => ({
        title: i.title,
        kindLabel: i.kindLabel,
        href: i.href,
      })),
    },
    attemptLog: attempts.map((a) => ({
      attempt: a.attempt,
      at: iso(a.at),
      ok: a.ok,
      statusCode: a.status_code,
      error: a.error,
      durationMs: a.duration_ms,
    })),
  };
}

import type { NotificationKind } from '@shuangfang/db';

// What one delivery says, rendered once at fan-out (per recipient: links differ for an agency)
// and put in each channel's own format when it is sent.

export type MessageItem = {
  kind: NotificationKind;
  kindLabel: string;
  title: string;
  lines: string[];
  enterpriseName: string;
  /** The page in the app, and that page's full address when PUBLIC_ORIGIN is set. */
  href: string | null;
  url: string | null;
  occurredAt: string;
};

// Type aliases (not interfaces), so that they fit the jsonb column's Record type.
export type MessageContent = Partial<MessageItem> & {
  title: string;
  /** A digest: the held deliveries it gathers. */
  items?: MessageItem[];
  /** A webhook: the event's people of the receiving organisation, and its fields. */
  recipients?: { userId: string; name: string; role: string }[];
  event?: { id: string; subject: { type: string; id: string }; data: Record<string, unknown> };
};

const BRAND = '双防';

/** The lines people read, in every channel: items of a digest, else the event's details. */
function bodyLines(c: MessageContent): string[] {
  if (c.items) {
    return c.items.map((i) => `· ${i.enterpriseName ? `${i.enterpriseName}：` : ''}${i.title}`);
  }
  return [...(c.enterpriseName ? [`企业：${c.enterpriseName}`] : []), ...(c.lines ?? [])];
}

export function emailOf(c: MessageContent, recipientName: string) {
  const link = c.url ? [``, `查看：${c.url}`] : [];
  const text = [
    `${recipientName}，您好：`,
    '',
    c.title,
    ...bodyLines(c),
    ...link,
    '',
    `—— ${BRAND}（可在「通知设置」中调整提醒事项、方式和免打扰时段）`,
  ].join('\n');
  return { subject: `【${BRAND}】${c.title}`, text };
}

/** 企业微信群机器人: msgtype text, which (unlike markdown) can @ people by mobile number. */
export function wecomBody(c: MessageContent, mobiles: string[]) {
  const content = [`【${BRAND}】${c.title}`, ...bodyLines(c), ...(c.url ? [c.url] : [])]
    .join('\n')
    .slice(0, 1800);
  return { msgtype: 'text', text: { content, mentioned_mobile_list: mobiles } };
}

/** 钉钉群机器人: markdown; an @ needs the number both in `at.atMobiles` and in the text. */
export function dingtalkBody(c: MessageContent, mobiles: string[]) {
  const text = [
    `#### 【${BRAND}】${c.title}`,
    ...bodyLines(c).map((l) => `- ${l}`),
    ...(c.url ? [`[查看详情](${c.url})`] : []),
    ...(mobiles.length > 0 ? [mobiles.map((m) => `@${m}`).join(' ')] : []),
  ].join('\n\n');
  return {
    msgtype: 'markdown',
    markdown: { title: c.title.slice(0, 60), text: text.slice(0, 4000) },
    at: { atMobiles: mobiles, isAtAll: false },
  };
}

/** The webhook's JSON body (its fields are documented in docs/architecture.md). */
export function webhookBody(deliveryId: string, c: MessageContent) {
  return {
    id: deliveryId,
    kind: c.kind ?? null,
    kindLabel: c.kindLabel ?? null,
    occurredAt: c.occurredAt ?? null,
    enterpriseName: c.enterpriseName ?? null,
    title: c.title,
    lines: c.lines ?? [],
    href: c.href ?? null,
    url: c.url ?? null,
    event: c.event ?? null,
    recipients: c.recipients ?? [],
  };
}

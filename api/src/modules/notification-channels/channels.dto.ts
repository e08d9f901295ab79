import type { NotificationChannelRow } from '@shuangfang/db';
import { CHANNEL_KIND_LABELS, KIND_LABELS } from '../notifications/notification-kinds.js';
import { CHANNEL_ACTIONS } from './channels.schemas.js';

const iso = (d: Date | string) => new Date(d).toISOString();

/** The channel as its admin sees it: never the URL or the secret themselves. */
export const channelDto = (c: NotificationChannelRow) => ({
  id: c.id,
  kind: c.kind,
  kindLabel: CHANNEL_KIND_LABELS[c.kind],
  name: c.name,
  urlPreview: c.url_preview,
  secretSet: c.secret_encrypted !== null,
  kinds: c.kinds.map((kind) => ({ kind, label: KIND_LABELS[kind] })),
  enabled: c.enabled,
  createdAt: iso(c.created_at),
  updatedAt: iso(c.updated_at),
  // Only the organisation's admin reaches a channel at all (channels.access.ts).
  actions: [...CHANNEL_ACTIONS],
});

/**
 * The URL with every query value and every long path segment masked but their last 4
 * characters, so the admin recognises it without the page showing the key.
 */
export function previewOf(raw: string): string {
  const url = new URL(raw);
  const mask = (v: string) => (v.length <= 4 ? '****' : `****${v.slice(-4)}`);
  const path = url.pathname
    .split('/')
    .map((segment) => (segment.length >= 20 ? mask(segment) : segment))
    .join('/');
  const query = [...url.searchParams.entries()].map(([k, v]) => `${k}=${mask(v)}`).join('&');
  return `${url.protocol}//${url.host}${path}${query ? `?${query}` : ''}`;
}

import { randomUUID } from 'node:crypto';
import type { z } from '@hono/zod-openapi';
import { CHANNEL_KINDS, type ChannelKind, type Db, type NotificationKind } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import type { AppConfig } from '../../config.js';
import { chinaDateTime } from '../../lib/china-time.js';
import { conflict, invalid, isUniqueViolation, notFound } from '../../lib/errors.js';
import { open, seal } from '../../lib/secret-box.js';
import { secretContext, urlContext } from './channel-secrets.js';
import { deliveryDeps, send, type Target } from '../deliveries/senders.js';
import {
  CHANNEL_KIND_LABELS,
  KIND_LABELS,
  kindsForOrganisation,
} from '../notifications/notification-kinds.js';
import { ownerOf, sideOf, type ChannelOwner } from './channels.access.js';
import { channelDto, previewOf } from './channels.dto.js';
import * as repo from './channels.repository.js';
import type { ChannelBody, ChannelPatch } from './channels.schemas.js';

// An organisation's channels (docs/architecture.md "Reminders"): its 企业微信 and 钉钉 group
// robots, through which its people are @-ed, and its integrators' signed webhooks. The URL (a
// robot's carries its key) and the secret are sealed with SHUANGFANG_SECRET_KEY and never
// answered again; the admin sees a masked URL and whether a secret is set.

/** The query parameter each robot's URL must carry: its access key. */
const ROBOT_KEY: Partial<Record<ChannelKind, string>> = {
  wecom_robot: 'key',
  dingtalk_robot: 'access_token',
};

function checkUrl(kind: ChannelKind, url: string) {
  const param = ROBOT_KEY[kind];
  if (param && !new URL(url).searchParams.get(param)) {
    throw invalid('url', `不是${CHANNEL_KIND_LABELS[kind]}的 Webhook 地址（缺少 ${param} 参数）`);
  }
}

function checkSecret(kind: ChannelKind, secret: string | null | undefined) {
  if (kind === 'wecom_robot') {
    if (secret) throw invalid('secret', '企业微信群机器人没有签名密钥，请不要填写');
    return;
  }
  if (!secret) {
    throw invalid(
      'secret',
      kind === 'dingtalk_robot' ? '请填写钉钉机器人「加签」的密钥' : '请填写 Webhook 的签名密钥',
    );
  }
  if (kind === 'webhook' && secret.length < 16) throw invalid('secret', '至少 16 位');
}

function checkKinds(owner: ChannelOwner, kinds: NotificationKind[]) {
  const allowed = kindsForOrganisation(sideOf(owner));
  kinds.forEach((k, i) => {
    if (!allowed.includes(k)) {
      throw invalid(`kinds.${i}`, `「${KIND_LABELS[k]}」不会发给本单位的人员`);
    }
  });
}

export async function list(db: Db, who: Who) {
  const owner = ownerOf(who);
  const rows = await repo.listChannels(db, owner);
  const robots = new Set(rows.map((r) => r.kind));
  return {
    items: rows.map(channelDto),
    channelKinds: CHANNEL_KINDS.map((kind) => ({
      kind,
      label: CHANNEL_KIND_LABELS[kind],
      secret: kind === 'wecom_robot' ? ('none' as const) : ('required' as const),
      available: kind === 'webhook' || !robots.has(kind),
    })),
    notificationKinds: kindsForOrganisation(sideOf(owner)).map((kind) => ({
      kind,
      label: KIND_LABELS[kind],
    })),
    actions: ['create' as const],
  };
}

const oneRobot = (kind: ChannelKind) =>
  conflict(`本单位已有${CHANNEL_KIND_LABELS[kind]}，请修改它，或先删除再新增`);

export async function create(
  db: Db,
  config: AppConfig,
  who: Who,
  body: z.infer<typeof ChannelBody>,
) {
  const owner = ownerOf(who);
  checkUrl(body.kind, body.url);
  checkSecret(body.kind, body.secret);
  const kinds = body.kinds ?? kindsForOrganisation(sideOf(owner));
  checkKinds(owner, kinds);
  const id = randomUUID();
  try {
    await repo.insertChannel(db, {
      id,
      owner,
      kind: body.kind,
      name: body.name,
      urlEncrypted: seal(config.secretKey, body.url, urlContext(id)),
      urlPreview: previewOf(body.url),
      secretEncrypted: body.secret ? seal(config.secretKey, body.secret, secretContext(id)) : null,
      kinds: [...new Set(kinds)],
      enabled: body.enabled,
      createdBy: who.userId,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw oneRobot(body.kind);
    throw error;
  }
  const row = await repo.findChannel(db, owner, id);
  return channelDto(row!);
}

export async function update(
  db: Db,
  config: AppConfig,
  who: Who,
  id: string,
  body: z.infer<typeof ChannelPatch>,
) {
  const owner = ownerOf(who);
  await db.transaction().execute(async (trx) => {
    const c = await repo.lockChannel(trx, owner, id);
    if (!c) throw notFound('通知渠道');
    if (body.url !== undefined) checkUrl(c.kind, body.url);
    if (body.secret !== undefined) {
      checkSecret(c.kind, body.secret);
    }
    if (body.kinds !== undefined) checkKinds(owner, body.kinds);
    await repo.updateChannel(trx, c.id, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.url !== undefined
        ? {
            url_encrypted: seal(config.secretKey, body.url, urlContext(c.id)),
            url_preview: previewOf(body.url),
          }
        : {}),
      ...(body.secret !== undefined
        ? {
            secret_encrypted: body.secret
              ? seal(config.secretKey, body.secret, secretContext(c.id))
              : null,
          }
        : {}),
      ...(body.kinds !== undefined ? { kinds: [...new Set(body.kinds)] } : {}),
      ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
    });
  });
  return channelDto((await repo.findChannel(db, owner, id))!);
}

/** Removes the channel from use; its deliveries stay in the log. */
export async function archive(db: Db, who: Who, id: string) {
  const owner = ownerOf(who);
  const dto = await db.transaction().execute(async (trx) => {
    const c = await repo.lockChannel(trx, owner, id);
    if (!c) throw notFound('通知渠道');
    const archivedAt = new Date();
    await repo.updateChannel(trx, c.id, { archived_at: archivedAt, enabled: false });
    return { ...channelDto({ ...c, enabled: false, updated_at: archivedAt }), actions: [] };
  });
  return dto;
}

/**
 * Sends a test message now and answers how it went: the admin's check that the URL and the
 * secret are right (it @s the admin in a group). Not a reminder: nothing is logged or retried.
 */
export async function test(db: Db, config: AppConfig, who: Who, id: string) {
  const c = await repo.findChannel(db, ownerOf(who), id);
  if (!c) throw notFound('通知渠道');
  const url = open(config.secretKey, c.url_encrypted, urlContext(c.id));
  const secret = c.secret_encrypted
    ? open(config.secretKey, c.secret_encrypted, secretContext(c.id))
    : null;
  const phone = await db
    .selectFrom('app_user')
    .select('phone')
    .where('id', '=', who.userId)
    .executeTakeFirst();
  const target: Target =
    c.kind === 'webhook'
      ? { channel: 'webhook', url, secret, kind: 'test' }
      : {
          channel: c.kind === 'wecom_robot' ? 'wecom' : 'dingtalk',
          url,
          secret,
          mobiles: phone?.phone ? [phone.phone] : [],
        };
  const content = {
    title: '测试消息：通知渠道已连通',
    lines: [`渠道：${c.name}`, `发送人：${who.displayName}`, `时间：${chinaDateTime(new Date())}`],
  };
  const outcome = await send(deliveryDeps(config), target, content, randomUUID());
  const { retryable: _r, ...answer } = outcome;
  return { ...answer, durationMs: Math.round(answer.durationMs) };
}

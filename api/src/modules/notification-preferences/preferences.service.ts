import type { z } from '@hono/zod-openapi';
import { PERSONAL_CHANNELS, type Db, type NotificationKind } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import type { AppConfig } from '../../config.js';
import { invalid } from '../../lib/errors.js';
import {
  KIND_LABELS,
  kindsFor,
  PERSONAL_CHANNEL_LABELS,
} from '../notifications/notification-kinds.js';
import { inQuietHours, preferenceOf } from './preference-rules.js';
import { PREFERENCE_ACTIONS, type PreferencesBody } from './preferences.schemas.js';
import * as repo from './preferences.repository.js';

// A person's reminder settings (docs/architecture.md "Reminders"): which kinds, which of their
// channels, quiet hours and a daily digest. The kinds offered are those that can reach the
// membership the session acts as; kinds of the person's other memberships keep their setting.

const toTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const toMinutes = (time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

export async function get(db: Db, config: AppConfig, who: Who) {
  const [row, account, robots] = [
    await repo.findPreference(db, who.userId),
    await repo.accountOf(db, who.userId),
    await repo.robotsOf(db, who),
  ];
  const p = preferenceOf(row);
  const email = p.email ?? account.email;
  const reason = {
    email: !config.smtpUrl ? '平台尚未配置邮件服务器' : !email ? '请填写接收提醒的电子邮箱' : null,
    wecom: !robots.has('wecom_robot')
      ? '本单位尚未配置企业微信群机器人'
      : !account.phone
        ? '账号没有手机号，无法 @ 本人'
        : null,
    dingtalk: !robots.has('dingtalk_robot')
      ? '本单位尚未配置钉钉群机器人'
      : !account.phone
        ? '账号没有手机号，无法 @ 本人'
        : null,
  };
  return {
    email: p.email,
    accountEmail: account.email,
    phone: account.phone,
    events: kindsFor(who.role).map((kind) => ({
      kind,
      label: KIND_LABELS[kind],
      enabled: !p.mutedKinds.includes(kind),
    })),
    channels: PERSONAL_CHANNELS.map((channel) => ({
      channel,
      label: PERSONAL_CHANNEL_LABELS[channel],
      enabled: p.channels.includes(channel),
      // Without a phone the group still gets the message, only nobody is @-ed.
      available: channel === 'email' ? reason.email === null : robots.has(`${channel}_robot`),
      note: reason[channel],
    })),
    quietHours: p.quiet ? { start: toTime(p.quiet.start), end: toTime(p.quiet.end) } : null,
    digestHour: p.digestHour,
    actions: [...PREFERENCE_ACTIONS],
  };
}

export async function save(
  db: Db,
  config: AppConfig,
  who: Who,
  body: z.infer<typeof PreferencesBody>,
) {
  const offered = kindsFor(who.role);
  body.events.forEach((kind, i) => {
    if (!offered.includes(kind)) {
      throw invalid(`events.${i}`, `「${KIND_LABELS[kind]}」不会发给当前身份`);
    }
  });
  const quiet = body.quietHours && {
    start: toMinutes(body.quietHours.start),
    end: toMinutes(body.quietHours.end),
  };
  if (quiet && quiet.start === quiet.end) throw invalid('quietHours.end', '不能与开始时间相同');
  if (quiet && body.digestHour !== null && inQuietHours(quiet, body.digestHour * 60)) {
    throw invalid('digestHour', '不能在免打扰时段内');
  }
  await db.transaction().execute(async (trx) => {
    const before = preferenceOf(await repo.findPreference(trx, who.userId));
    // Kinds this membership cannot receive keep what another membership set for them.
    const muted: NotificationKind[] = [
      ...before.mutedKinds.filter((k) => !offered.includes(k as NotificationKind)),
      ...offered.filter((k) => !body.events.includes(k)),
    ] as NotificationKind[];
    await repo.savePreference(trx, who.userId, {
      email: body.email?.toLowerCase() ?? null,
      muted_kinds: muted,
      channels: [...new Set(body.channels)],
      quiet_start: quiet ? quiet.start : null,
      quiet_end: quiet ? quiet.end : null,
      digest_hour: body.digestHour,
    });
  });
  return get(db, config, who);
}

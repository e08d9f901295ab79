import { randomUUID } from 'node:crypto';
import {
  backoffMs,
  composeDigests,
  deliverDue,
  dingtalkSign,
  emitNotification,
  fanOut,
  notificationEvents,
  sweepDeliveryHistory,
  verifyWebhookSignature,
} from '@shuangfang/api';
import { createDb, databaseKind, type Db } from '@shuangfang/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, type TestUser } from '../support/factories.js';
import { appOn } from '../support/http.js';
import { confirmGeneralTimed, expectStatus, hazardApi, inDays } from '../support/hazards.js';
import { startHttpReceiver, startSmtpReceiver, type HttpReceiver } from '../support/receivers.js';
import { depsFor, drain, reminderConfig, WEBHOOK_SECRET } from '../support/reminders.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// How reminders are delivered: retries with backoff and a log of every attempt, nothing sent for
// a change that rolled back, each delivery sent once however many workers run, a person's
// preferences (muted kinds, quiet hours, the daily digest), the channels' settings with their
// secrets kept out of every answer, and the delivery log with its re-send.

let t: TestApp;
let w: World;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let config: ReturnType<typeof reminderConfig>;
const receivers: HttpReceiver[] = [];
const DAY = 86_400_000;

async function receiver(...args: Parameters<typeof startHttpReceiver>) {
  const r = await startHttpReceiver(...args);
  receivers.push(r);
  return r;
}

/** A hazard of the enterprise registered and confirmed with `to` responsible: hazard_assigned. */
async function assign(enterpriseId: string, confirmer: TestUser, to: TestUser) {
  const hazards = hazardApi(t.api, enterpriseId, confirmer.cookie);
  const id = await hazards.registered();
  await hazards.moved(id, confirmGeneralTimed({ responsibleUserId: to.userId }));
  return id;
}

async function webhook(cookie: string, url: string) {
  const reply = await t.api.post(
    '/v1/notification-channels',
    { kind: 'webhook', name: '对接', url, secret: WEBHOOK_SECRET },
    cookie,
  );
  return expectStatus(reply, 201).id as string;
}

const log = (cookie: string, query = '') =>
  t.api.get(`/v1/notification-deliveries${query ? `?${query}` : ''}`, cookie);

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  config = reminderConfig(smtp.url);
  t = await setupTestApp(config);
  w = await makeWorld(t.db);
});
afterAll(async () => {
  await t.drop();
  await smtp.close();
  for (const r of receivers) await r.close();
});

describe('retries', () => {
  it('delivers once to a receiver that fails twice, after backoff, logging three attempts', async () => {
    const failing = await receiver((_req, i) => ({ status: i < 2 ? 500 : 204 }));
    const { home2Admin } = w.users;
    await webhook(home2Admin.cookie, `${failing.base}/hook`);
    await assign(w.enterprises.home2.id, home2Admin, home2Admin);
    const deps = depsFor(config);
    const t0 = new Date();
    await fanOut(t.db, deps, t0);
    await deliverDue(t.db, deps, t0);
    expect(failing.requests.map((r) => r.status)).toEqual([500]);
    // Not again before its backoff…
    await deliverDue(t.db, deps, new Date(t0.getTime() + backoffMs(1) - 1000));
    expect(failing.requests).toHaveLength(1);
    // …then at each backoff.
    const t1 = new Date(t0.getTime() + backoffMs(1));
    await deliverDue(t.db, deps, t1);
    await deliverDue(t.db, deps, new Date(t1.getTime() + backoffMs(2)));
    await deliverDue(t.db, deps, new Date(t1.getTime() + backoffMs(2) + DAY));
    expect(failing.requests.map((r) => r.status)).toEqual([500, 500, 204]);
    const ids = new Set(failing.requests.map((r) => r.headers['x-shuangfang-delivery']));
    expect(ids.size).toBe(1);

    const page = expectStatus(await log(home2Admin.cookie, 'channel=webhook'), 200);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      state: 'delivered',
      stateLabel: '已送达',
      attempts: 3,
      kind: 'hazard_assigned',
      actions: ['resend'],
    });
    const detail = expectStatus(
      await t.api.get(`/v1/notification-deliveries/${page.items[0].id}`, home2Admin.cookie),
      200,
    );
    expect(detail.attemptLog.map((a: any) => [a.attempt, a.ok, a.statusCode])).toEqual([
      [1, false, 500],
      [2, false, 500],
      [3, true, 204],
    ]);
    expect(detail.attemptLog[0].error).toContain('500');
  });

  it('gives up at once on a refusal that will not change (HTTP 400), and re-sends from the log', async () => {
    let refuse = true;
    const picky = await receiver(() => ({ status: refuse ? 400 : 200 }));
    const { neighbour1Admin } = w.users;
    await webhook(neighbour1Admin.cookie, `${picky.base}/hook`);
    await assign(w.enterprises.neighbour1.id, neighbour1Admin, neighbour1Admin);
    await drain(t.db, config);
    const [failed] = expectStatus(await log(neighbour1Admin.cookie, 'state=failed'), 200).items;
    expect(failed).toMatchObject({
      attempts: 1,
      lastError: '对方返回 HTTP 400',
      actions: ['resend'],
    });

    refuse = false;
    const copy = expectStatus(
      await t.api.post(
        `/v1/notification-deliveries/${failed.id}/resend`,
        undefined,
        neighbour1Admin.cookie,
      ),
      201,
    );
    expect(copy).toMatchObject({ state: 'pending', resendOf: failed.id, attempts: 0, actions: [] });
    await drain(t.db, config);
    expect(picky.requests.map((r) => r.status)).toEqual([400, 200]);
    expect(picky.requests[1]!.headers['x-shuangfang-delivery']).toBe(copy.id);
    // Another organisation's admin cannot read it or re-send it.
    for (const reply of [
      await t.api.get(`/v1/notification-deliveries/${failed.id}`, w.users.home2Admin.cookie),
      await t.api.post(
        `/v1/notification-deliveries/${failed.id}/resend`,
        undefined,
        w.users.home2Admin.cookie,
      ),
    ]) {
      expect(reply.status).toBe(404);
    }
  });
});

describe('the outbox', () => {
  it('sends nothing for a change that rolled back', async () => {
    const hook = await receiver();
    await webhook(w.users.home1Admin.cookie, `${hook.base}/hook`);
    const outbox = () =>
      t.db
        .selectFrom('notification_outbox')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
    const before = await outbox();
    const event = notificationEvents.hazardAssigned(
      {
        id: randomUUID(),
        enterprise_id: w.enterprises.home1.id,
        description: '回滚的隐患',
        deadline: null,
        responsible_user_id: w.users.home1Admin.userId,
        found_by_agency_id: null,
      },
      '不会发出',
      new Date(),
    );
    await expect(
      t.db.transaction().execute(async (trx) => {
        await emitNotification(trx, event);
        throw new Error('the change fails after its event was written');
      }),
    ).rejects.toThrow('the change fails');
    // A change refused by the API writes none either: a second pending extension request (409).
    const hazardId = await assign(w.enterprises.home1.id, w.users.home1Safety, w.users.home1Admin);
    await drain(t.db, config);
    const hooked = hook.requests.length;
    const admin = hazardApi(t.api, w.enterprises.home1.id, w.users.home1Admin.cookie);
    const body = { requestedDeadline: inDays(40), reason: '备件未到' };
    expectStatus(await admin.requestExtension(hazardId, body), 201);
    const counted = await outbox();
    expect((await admin.requestExtension(hazardId, body)).status).toBe(409);
    expect(await outbox()).toEqual(counted);
    expect(Number(counted.n)).toBe(Number(before.n) + 2);
    await drain(t.db, config);
    expect(hook.requests.length).toBe(hooked + 1);
    expect(hook.requests.map((r) => r.raw).join()).not.toContain('回滚的隐患');
  });

  it('delivers each row once however many workers run at the same time', async () => {
    const counting = await receiver();
    const admin = await makeUser(t.db, { role: 'agency_admin', agencyId: w.agencies.far });
    await webhook(admin.cookie, `${counting.base}/hook`);
    const far = w.enterprises.far1.id;
    await t.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 30; i++) {
        await emitNotification(
          trx,
          notificationEvents.tipoffReceived(
            { id: randomUUID(), enterprise_id: far, kind: 'hazard', description: `举报${i}` },
            w.agencies.far,
          ),
        );
      }
    });
    const deps = depsFor(config);
    const now = new Date();
    await fanOut(t.db, deps, now);
    // On PostgreSQL each worker has its own pool: they really run side by side.
    const other: Db =
      databaseKind() === 'postgres' ? await createDb({ url: (t.env as any).DATABASE_URL }) : t.db;
    try {
      for (let round = 0; round < 5; round++) {
        await Promise.all([deliverDue(t.db, deps, now), deliverDue(other, deps, now)]);
      }
    } finally {
      if (other !== t.db) await other.destroy();
    }
    const ids = counting.requests.map((r) => r.headers['x-shuangfang-delivery']);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
  });
});

describe('preferences', () => {
  let muted: TestUser;
  let quiet: TestUser;
  let digest: TestUser;
  const prefs = (user: TestUser, body: Record<string, unknown>) =>
    t.api.put(
      '/v1/me/notification-preferences',
      {
        email: `${user.userId}@example.cn`,
        events: ['hazard_assigned', 'hazard_deadline_soon', 'hazard_overdue', 'check_due'],
        channels: ['email'],
        quietHours: null,
        digestHour: null,
        ...body,
      },
      user.cookie,
    );
  const mailsTo = (user: TestUser) =>
    smtp.mails.filter((m) => m.to.includes(`${user.userId}@example.cn`));
  const chinaMinute = (d: Date) => (d.getUTCHours() * 60 + d.getUTCMinutes() + 8 * 60) % 1440;
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

  beforeAll(async () => {
    const home1 = w.enterprises.home1.id;
    muted = await makeUser(t.db, { role: 'worker', enterpriseId: home1 });
    quiet = await makeUser(t.db, { role: 'worker', enterpriseId: home1 });
    digest = await makeUser(t.db, { role: 'worker', enterpriseId: home1 });
  });

  it('offers the kinds of the caller’s role, and says which channels can reach them', async () => {
    const body = expectStatus(
      await t.api.get('/v1/me/notification-preferences', muted.cookie),
      200,
    );
    expect(body.events.map((e: any) => e.kind)).toContain('check_due');
    expect(body.events.map((e: any) => e.kind)).not.toContain('tipoff_received');
    expect(body.channels.find((c: any) => c.channel === 'email')).toMatchObject({
      enabled: true,
      available: false,
      note: '请填写接收提醒的电子邮箱',
    });
    expect(body.actions).toEqual(['update']);
    const refused = await prefs(muted, { events: ['tipoff_received'] });
    expect(refused.status).toBe(422);
    expect(refused.body.error.issues[0].path).toBe('events.0');
    const clash = await prefs(muted, {
      quietHours: { start: '22:00', end: '07:00' },
      digestHour: 23,
    });
    expect(clash.body.error.issues[0].path).toBe('digestHour');
  });

  it('sends nothing of a kind a person turned off', async () => {
    expectStatus(await prefs(muted, { events: ['check_due'] }), 200);
    await assign(w.enterprises.home1.id, w.users.home1Safety, muted);
    await drain(t.db, config);
    expect(mailsTo(muted)).toEqual([]);
  });

  it('holds a reminder made in quiet hours until they end', async () => {
    const now = new Date();
    const start = (chinaMinute(now) + 1440 - 60) % 1440;
    const end = (chinaMinute(now) + 60) % 1440;
    expectStatus(await prefs(quiet, { quietHours: { start: hhmm(start), end: hhmm(end) } }), 200);
    await assign(w.enterprises.home1.id, w.users.home1Safety, quiet);
    const deps = depsFor(config);
    await fanOut(t.db, deps, now);
    await deliverDue(t.db, deps, now);
    expect(mailsTo(quiet)).toEqual([]);
    const page = expectStatus(
      await log(w.users.home1Admin.cookie, 'state=pending&channel=email'),
      200,
    );
    const waiting = page.items.find((d: any) => d.recipient?.id === quiet.userId);
    expect(chinaMinute(new Date(waiting.nextAttemptAt))).toBe(end);
    await deliverDue(t.db, deps, new Date(waiting.nextAttemptAt));
    expect(mailsTo(quiet)).toHaveLength(1);
  });

  it('gathers a day’s reminders into one digest at the chosen hour', async () => {
    expectStatus(await prefs(digest, { digestHour: 8 }), 200);
    await assign(w.enterprises.home1.id, w.users.home1Safety, digest);
    await assign(w.enterprises.home1.id, w.users.home1Safety, digest);
    const deps = depsFor(config);
    const now = new Date();
    await fanOut(t.db, deps, now);
    await deliverDue(t.db, deps, now);
    expect(mailsTo(digest)).toEqual([]);
    const held = expectStatus(await log(w.users.home1Admin.cookie, 'state=held'), 200).items.filter(
      (d: any) => d.recipient?.id === digest.userId,
    );
    expect(held).toHaveLength(2);
    const at = new Date(held[0].nextAttemptAt);
    expect(chinaMinute(at)).toBe(8 * 60);
    await composeDigests(t.db, at);
    await deliverDue(t.db, deps, at);
    const [mail] = mailsTo(digest);
    expect(mailsTo(digest)).toHaveLength(1);
    expect(mail!.subject).toBe('【双防】今日提醒汇总（2 条）');
    expect(mail!.text.match(/待整改：/g)).toHaveLength(2);
    const digested = expectStatus(await log(w.users.home1Admin.cookie, 'state=digested'), 200);
    expect(digested.items.filter((d: any) => d.recipient?.id === digest.userId)).toHaveLength(2);
  });
});

describe('channels', () => {
  it('refuses a robot URL without its key, a missing secret, a short one, and a second robot', async () => {
    const { home2Admin } = w.users;
    const create = (body: Record<string, unknown>) =>
      t.api.post('/v1/notification-channels', { name: '群', ...body }, home2Admin.cookie);
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'wecom_robot', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send' }, 'url'],
      [
        { kind: 'dingtalk_robot', url: 'https://oapi.dingtalk.com/robot/send?access_token=a' },
        'secret',
      ],
      [{ kind: 'webhook', url: 'https://example.cn/hook', secret: 'short-secret' }, 'secret'],
      [
        { kind: 'wecom_robot', url: 'https://qyapi.weixin.qq.com/x?key=k', secret: 'SEC12345678' },
        'secret',
      ],
      [{ kind: 'webhook', url: 'ftp://example.cn/hook', secret: WEBHOOK_SECRET }, 'url'],
      [
        {
          kind: 'webhook',
          url: 'https://example.cn/hook',
          secret: WEBHOOK_SECRET,
          kinds: ['tipoff_received'],
        },
        'kinds.0',
      ],
    ];
    for (const [body, path] of cases) {
      const reply = await create(body);
      expect(reply.status, JSON.stringify(body)).toBe(422);
      expect(reply.body.error.issues[0].path).toBe(path);
    }
    expectStatus(
      await create({ kind: 'wecom_robot', url: 'https://qyapi.weixin.qq.com/x?key=k1' }),
      201,
    );
    const second = await create({
      kind: 'wecom_robot',
      url: 'https://qyapi.weixin.qq.com/x?key=k2',
    });
    expect(second.status).toBe(409);
  });

  it('never answers a URL or a secret, and keeps both encrypted at rest', async () => {
    const { home2Admin } = w.users;
    const key = 'robot-access-key-which-is-secret-1234';
    const secret = 'SECdingtalk-secret-never-shown-5678';
    const created = expectStatus(
      await t.api.post(
        '/v1/notification-channels',
        {
          kind: 'dingtalk_robot',
          name: '钉钉',
          url: `https://oapi.dingtalk.com/robot/send?access_token=${key}`,
          secret,
        },
        home2Admin.cookie,
      ),
      201,
    );
    expect(created).toMatchObject({
      secretSet: true,
      urlPreview: 'https://oapi.dingtalk.com/robot/send?access_token=****1234',
      actions: ['update', 'archive', 'test'],
    });
    const list = expectStatus(await t.api.get('/v1/notification-channels', home2Admin.cookie), 200);
    const everything = JSON.stringify([created, list]);
    expect(everything).not.toContain(key);
    expect(everything).not.toContain(secret);
    const row = await t.db
      .selectFrom('notification_channel')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(`${row.url_encrypted}${row.secret_encrypted}`).not.toContain(key);
    expect(`${row.url_encrypted}${row.secret_encrypted}`).not.toContain(secret.slice(3));
    expect(row.url_encrypted.startsWith('v1.')).toBe(true);
    expect(list.channelKinds.find((k: any) => k.kind === 'dingtalk_robot').available).toBe(false);
    // Only the organisation's admin reads them.
    expect((await t.api.get('/v1/notification-channels', w.users.home1Safety.cookie)).status).toBe(
      403,
    );
  });

  it('sends a test message with the new secret after a change, and refuses private targets unless allowed', async () => {
    const robot = await receiver();
    const admin = await makeUser(t.db, {
      role: 'enterprise_admin',
      enterpriseId: w.enterprises.home2.id,
    });
    const created = expectStatus(
      await t.api.post(
        '/v1/notification-channels',
        { kind: 'webhook', name: '测试', url: `${robot.base}/hook`, secret: WEBHOOK_SECRET },
        admin.cookie,
      ),
      201,
    );
    const channel = created.id as string;
    const changed = 'a-newer-webhook-secret-987654';
    expectStatus(
      await t.api.patch(`/v1/notification-channels/${channel}`, { secret: changed }, admin.cookie),
      200,
    );
    const result = expectStatus(
      await t.api.post(`/v1/notification-channels/${channel}/test`, undefined, admin.cookie),
      200,
    );
    expect(result).toMatchObject({ ok: true, statusCode: 200, error: null });
    const [sent] = robot.requests;
    expect(sent!.headers['x-shuangfang-event']).toBe('test');
    const ts = Number(sent!.headers['x-shuangfang-timestamp']);
    expect(
      verifyWebhookSignature(
        changed,
        ts,
        sent!.raw,
        String(sent!.headers['x-shuangfang-signature']),
      ),
    ).toBe(true);

    const guarded = appOn(t.db, { ...config, allowPrivateTargets: false });
    const refused = expectStatus(
      await guarded.api.post(`/v1/notification-channels/${channel}/test`, undefined, admin.cookie),
      200,
    );
    expect(refused.ok).toBe(false);
    expect(refused.error).toContain('不是公网地址');
    expect(robot.requests).toHaveLength(1);
  });

  it('fails a delivery to a deleted channel with the reason, and signs 钉钉 with the stored secret', async () => {
    const group = await receiver();
    const admin = await makeUser(t.db, {
      role: 'enterprise_admin',
      enterpriseId: w.enterprises.home1.id,
    });
    const secret = 'SEChome1-dingtalk-0123456789';
    // home1 may have a 钉钉 robot from another test: this one replaces it.
    for (const c of expectStatus(await t.api.get('/v1/notification-channels', admin.cookie), 200)
      .items) {
      if (c.kind === 'dingtalk_robot') {
        await t.api.post(`/v1/notification-channels/${c.id}/archive`, undefined, admin.cookie);
      }
    }
    const channel = expectStatus(
      await t.api.post(
        '/v1/notification-channels',
        {
          kind: 'dingtalk_robot',
          name: '钉钉',
          url: `${group.base}/robot/send?access_token=t1`,
          secret,
        },
        admin.cookie,
      ),
      201,
    ).id;
    const worker = await makeUser(t.db, { role: 'worker', enterpriseId: w.enterprises.home1.id });
    await assign(w.enterprises.home1.id, w.users.home1Safety, worker);
    await drain(t.db, config);
    const [sent] = group.requests;
    expect(sent!.json.at.atMobiles).toEqual([worker.phone]);
    expect(sent!.query.get('sign')).toBe(
      dingtalkSign(secret, Number(sent!.query.get('timestamp'))),
    );

    const deps = depsFor(config);
    await assign(w.enterprises.home1.id, w.users.home1Safety, worker);
    await fanOut(t.db, deps, new Date());
    expectStatus(
      await t.api.post(`/v1/notification-channels/${channel}/archive`, undefined, admin.cookie),
      200,
    );
    await deliverDue(t.db, deps, new Date());
    const failed = expectStatus(
      await log(admin.cookie, 'state=failed&channel=dingtalk'),
      200,
    ).items;
    expect(failed[0]).toMatchObject({ lastError: '渠道已停用或已删除', attempts: 1 });
    expect(group.requests).toHaveLength(1);
  });
});

describe('history', () => {
  it('keeps the log 180 days, then forgets finished deliveries, their attempts and events', async () => {
    const counts = async () => ({
      deliveries: await t.db.selectFrom('notification_delivery').select(['state']).execute(),
      attempts: Number(
        (
          await t.db
            .selectFrom('notification_attempt')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      events: Number(
        (
          await t.db
            .selectFrom('notification_outbox')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });
    const before = await counts();
    expect(before.attempts).toBeGreaterThan(0);
    await sweepDeliveryHistory(t.db, new Date());
    expect(await counts()).toEqual(before);

    await sweepDeliveryHistory(t.db, new Date(Date.now() + 181 * DAY));
    const after = await counts();
    const unfinished = before.deliveries.filter((d) =>
      ['pending', 'sending', 'held'].includes(d.state),
    );
    expect(after.deliveries.map((d) => d.state).sort()).toEqual(
      unfinished.map((d) => d.state).sort(),
    );
    expect(after.events).toBeLessThan(before.events);
    const orphans = await t.db
      .selectFrom('notification_attempt as a')
      .leftJoin('notification_delivery as d', 'd.id', 'a.delivery_id')
      .select('a.delivery_id')
      .where('d.id', 'is', null)
      .execute();
    expect(orphans).toEqual([]);
  });
});

import { dingtalkSign, produceReminders, verifyWebhookSignature } from '@shuangfang/api';
import type { NotificationKind } from '@shuangfang/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignWorker, chinaDay, dayStart, setCycle } from '../support/checks.js';
import {
  confirmGeneralTimed,
  expectStatus,
  hazardApi,
  inDays,
  makeHazard,
} from '../support/hazards.js';
import { startHttpReceiver, startSmtpReceiver, type HttpReceiver } from '../support/receivers.js';
import {
  DINGTALK_SECRET,
  drain,
  makeChannels,
  PUBLIC_URL,
  reminderConfig,
  setEmail,
  WEBHOOK_SECRET,
} from '../support/reminders.js';
import { confirmedMajorHazard, reportApi } from '../support/reports.js';
import { makeRiskChain } from '../support/risk.js';
import { supervisionApi } from '../support/supervision.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { REPORTER, tipoffApi, tipoffForm } from '../support/tipoffs.js';
import { makeWorld, type World } from '../support/world.js';

// Every kind of reminder reaches every channel with the right content, through real local
// receivers: an SMTP server (e-mail), and an HTTP server standing in for the 企业微信 and 钉钉
// group robots and an integrator's webhook. The changes are made through the API as people make
// them; the calendar's reminders are produced by the sweep at a supplied time.

type UserKey = keyof World['users'];
interface Expectation {
  title: string;
  home1?: UserKey[];
  agency?: UserKey[];
}

const EXPECT: Record<NotificationKind, Expectation> = {
  hazard_assigned: { title: '待整改：', home1: ['home1Worker'] },
  extension_requested: { title: '延期申请待审批：', home1: ['home1Admin'] },
  extension_decided: { title: '延期申请已批准：', home1: ['home1Worker'] },
  supervision_listed: { title: '挂牌督办：', home1: ['home1Admin', 'home1Safety'] },
  report_to_acknowledge: {
    title: '待签收：',
    home1: ['home1Congress'],
    agency: ['homeAdmin', 'homeInspector'],
  },
  report_acknowledged: { title: '监管部门已签收：', home1: ['home1Admin'] },
  tipoff_received: { title: '收到隐患举报：', agency: ['homeAdmin', 'homeInspector'] },
  check_due: { title: '待排查：', home1: ['home1Worker'] },
  check_missed: { title: '漏检：', home1: ['home1Worker', 'home1Safety'] },
  hazard_deadline_soon: { title: '3 天内到期：', home1: ['home1Admin', 'home1Safety'] },
  hazard_overdue: { title: '已逾期：', home1: ['home1Admin', 'home1Safety'] },
  report_due: { title: '待报送：', home1: ['home1Admin'] },
  report_overdue: { title: '已超报送时限：', home1: ['home1Admin'] },
  certificate_expiring: { title: '标准化证书将于', home1: ['home1Admin'] },
};

let t: TestApp;
let w: World;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let http: HttpReceiver;
let config: ReturnType<typeof reminderConfig>;
const emailOf = (key: UserKey) => `${key.toLowerCase()}@example.cn`;
const phoneOf = (key: UserKey) => w.users[key].phone;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  http = await startHttpReceiver();
  config = reminderConfig(smtp.url);
  t = await setupTestApp(config);
  w = await makeWorld(t.db);
  const home1 = w.enterprises.home1.id;
  const { users } = w;
  for (const key of [
    'home1Worker',
    'home1Admin',
    'home1Safety',
    'home1Congress',
    'homeAdmin',
    'homeInspector',
  ] as const) {
    await setEmail(t.api, users[key].cookie, emailOf(key));
  }
  await makeChannels(t.api, users.home1Admin.cookie, http, 'home1');
  await makeChannels(t.api, users.homeAdmin.cookie, http, 'agency');

  // The changes, each through the API.
  const safety = hazardApi(t.api, home1, users.home1Safety.cookie);
  const assigned = await safety.registered();
  await safety.moved(
    assigned,
    confirmGeneralTimed({ responsibleUserId: users.home1Worker.userId }),
  );
  const worker = hazardApi(t.api, home1, users.home1Worker.cookie);
  const requested = expectStatus(
    await worker.requestExtension(assigned, { requestedDeadline: inDays(30), reason: '备件未到' }),
    201,
  );
  const admin = hazardApi(t.api, home1, users.home1Admin.cookie);
  expectStatus(
    await admin.decide(assigned, requested.extensions[0].id, { decision: 'approved' }),
    200,
  );
  const major = await confirmedMajorHazard(t.api, t.db, home1, users.home1Safety.cookie);
  const done = (reply: { status: number; body: unknown }) =>
    expect(reply.status, JSON.stringify(reply.body)).toBeLessThan(300);
  done(await supervisionApi(t.api, home1, users.homeAdmin.cookie).supervise(major.hazardId));
  done(await reportApi(t.api, home1, users.home1Admin.cookie).submit(major.reportId));
  done(await reportApi(t.api, home1, users.homeAdmin.cookie).acknowledge(major.reportId));
  done(await tipoffApi(t.api).file(tipoffForm(home1)));

  // What the calendar brings, in the minute around today's midnight (China time).
  const from = new Date(new Date(dayStart(0)).getTime() - 60_000);
  const to = new Date(new Date(dayStart(0)).getTime() + 60_000);
  const chain = await makeRiskChain(t.db, home1);
  await setCycle(t.db, home1, chain.measureId, 'day', 1, 10);
  await assignWorker(t.db, home1, chain.unitId, users.home1Worker.userId);
  await makeHazard(t.db, home1, users.home1Safety.userId, {
    state: 'rectifying',
    deadline: new Date(to.getTime() + 2 * 86_400_000),
  });
  await makeHazard(t.db, home1, users.home1Safety.userId, {
    state: 'rectifying',
    deadline: new Date(to.getTime() - 30_000),
  });
  for (const [kind, period, dueAt] of [
    ['annual', '2024', new Date(to.getTime() + 12 * 3_600_000)],
    ['quarterly', '2024Q4', new Date(to.getTime() - 30_000)],
  ] as const) {
    await t.db
      .insertInto('report')
      .values({
        enterprise_id: home1,
        kind,
        hazard_id: null,
        period,
        state: 'draft',
        content: { title: `${period} 隐患排查治理情况统计报告` },
        content_hash: null,
        agency_id: w.agencies.home,
        due_at: dueAt,
        drafted_by: users.home1Admin.userId,
        drafted_at: new Date(),
        submitted_by: null,
        submitted_at: null,
      })
      .execute();
  }
  await t.db
    .insertInto('standardization_certificate')
    .values({
      enterprise_id: home1,
      number: `赣AQB-提醒-${Date.now()}`,
      level: '三级',
      valid_from: '2024-01-01',
      valid_to: chinaDay(60),
      agency_id: w.agencies.city,
      state: 'active',
    })
    .execute();
  await t.db.updateTable('notification_schedule').set({ covered_until: from }).execute();
  await produceReminders(t.db, to);

  await drain(t.db, config);
});
afterAll(async () => {
  await t.drop();
  await smtp.close();
  await http.close();
});

const requestsFor = (side: string, channel: 'wecom' | 'dingtalk' | 'hook') =>
  http.requests.filter((r) => r.path.startsWith(`/${side}/${channel}`));

describe('every reminder on every channel', () => {
  it.each(Object.keys(EXPECT) as NotificationKind[])('%s', (kind) => {
    const { title, ...sides } = EXPECT[kind];
    for (const [side, people] of Object.entries(sides) as [string, UserKey[]][]) {
      for (const key of people) {
        const mail = smtp.mails.find(
          (m) => m.to.includes(emailOf(key)) && m.subject.includes(title),
        );
        expect(mail, `e-mail of ${kind} to ${key}`).toBeDefined();
        expect(mail!.subject.startsWith('【双防】')).toBe(true);
        expect(mail!.text).toContain(`${PUBLIC_URL}/`);

        const wecom = requestsFor(side, 'wecom').filter(
          (r) =>
            r.json.text.content.includes(title) &&
            r.json.text.mentioned_mobile_list.includes(phoneOf(key)),
        );
        expect(wecom, `企业微信 of ${kind} @ ${key}`).toHaveLength(1);
        expect(wecom[0]!.json.msgtype).toBe('text');
        expect(wecom[0]!.query.get('key')).toBe(`${side}-wecom-key`);

        const dingtalk = requestsFor(side, 'dingtalk').filter(
          (r) => r.json.markdown.text.includes(title) && r.json.at.atMobiles.includes(phoneOf(key)),
        );
        expect(dingtalk, `钉钉 of ${kind} @ ${key}`).toHaveLength(1);
        expect(dingtalk[0]!.json.msgtype).toBe('markdown');
        expect(dingtalk[0]!.json.markdown.text).toContain(`@${phoneOf(key)}`);
      }
      // The organisation's webhook gets the event once, naming its people concerned.
      const hooks = requestsFor(side, 'hook').filter(
        (r) => r.headers['x-shuangfang-event'] === kind,
      );
      expect(hooks, `webhook of ${kind} at ${side}`).toHaveLength(1);
      expect(hooks[0]!.json).toMatchObject({ kind, title: expect.stringContaining(title) });
      expect(hooks[0]!.json.recipients.map((r: { userId: string }) => r.userId).sort()).toEqual(
        people.map((key) => w.users[key].userId).sort(),
      );
    }
  });

  it('sends nothing else: each webhook request is one of the kinds above, once', () => {
    for (const side of ['home1', 'agency']) {
      const kinds = requestsFor(side, 'hook').map((r) => r.headers['x-shuangfang-event']);
      expect(new Set(kinds).size).toBe(kinds.length);
    }
  });

  it('signs webhooks: the signature verifies with the secret and fails with another', () => {
    const hook = requestsFor('home1', 'hook')[0]!;
    const timestamp = Number(hook.headers['x-shuangfang-timestamp']);
    const signature = String(hook.headers['x-shuangfang-signature']);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(hook.headers['x-shuangfang-delivery']).toBe(hook.json.id);
    expect(verifyWebhookSignature(WEBHOOK_SECRET, timestamp, hook.raw, signature)).toBe(true);
    expect(
      verifyWebhookSignature('another-secret-0123456789', timestamp, hook.raw, signature),
    ).toBe(false);
    expect(verifyWebhookSignature(WEBHOOK_SECRET, timestamp, `${hook.raw} `, signature)).toBe(
      false,
    );
  });

  it('signs 钉钉 requests as DingTalk documents: Base64 HMAC-SHA256 of timestamp\\nsecret', () => {
    for (const r of requestsFor('home1', 'dingtalk')) {
      const timestamp = Number(r.query.get('timestamp'));
      expect(r.query.get('sign')).toBe(dingtalkSign(DINGTALK_SECRET, timestamp));
      expect(r.query.get('sign')).not.toBe(dingtalkSign('SECanother0123456789', timestamp));
      expect(r.query.get('access_token')).toBe('home1-token');
    }
  });

  it('never sends a tip-off reporter’s name or phone anywhere', () => {
    const everything = [
      ...http.requests.map((r) => r.raw),
      ...smtp.mails.map((m) => `${m.subject}${m.text}`),
    ].join('\n');
    expect(everything).not.toContain(REPORTER.name);
    expect(everything).not.toContain(REPORTER.phone);
  });

  it('links agency people to the enterprise’s hazard page, enterprise people to their own', () => {
    const toAgency = smtp.mails.find(
      (m) => m.to.includes(emailOf('homeAdmin')) && m.subject.includes('待签收'),
    )!;
    expect(toAgency.text).toContain(`${PUBLIC_URL}/reports/${w.enterprises.home1.id}/`);
    const toWorker = smtp.mails.find(
      (m) => m.to.includes(emailOf('home1Worker')) && m.subject.includes('待整改'),
    )!;
    expect(toWorker.text).toMatch(new RegExp(`${PUBLIC_URL}/hazards/[0-9a-f-]{36}\\n`));
  });
});

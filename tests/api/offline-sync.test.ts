import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignWorker, dayStart, photoForm, setCycle } from '../support/checks.js';
import { expectStatus, hazardBody } from '../support/hazards.js';
import { makePng } from '../support/images.js';
import { makeRiskChain, type RiskChain } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';
import { makeUser, type TestUser } from '../support/factories.js';

// The offline worker app's sync contract (docs/architecture.md "Offline sync"): a queued write
// sent again with its Idempotency-Key answers the first result and writes nothing; a reused key
// with another body is refused; a late check is recorded in the window of its device time and
// flagged late; a window someone else recorded meanwhile is a 409 naming them in China time.

let t: TestApp;
let w: World;
let home1: string;
let daily: RiskChain;
let yearly: RiskChain;
let failing: RiskChain;
let colleague: TestUser;

const DAY = 86_400_000;
const base = () => `/v1/enterprises/${home1}`;
const send = (path: string, body: unknown, key?: string, cookie = w.users.home1Worker.cookie) =>
  t.api.request('POST', `${base()}${path}`, {
    body,
    cookie,
    headers: key ? { 'idempotency-key': key } : {},
  });
const count = async (table: 'check_record' | 'hazard' | 'upload' | 'idempotency_key') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  home1 = w.enterprises.home1.id;
  colleague = await makeUser(t.db, { role: 'worker', enterpriseId: home1, name: '李同事' });
  daily = await makeRiskChain(t.db, home1);
  yearly = await makeRiskChain(t.db, home1);
  failing = await makeRiskChain(t.db, home1);
  await setCycle(t.db, home1, daily.measureId, 'day', 1, 10);
  await setCycle(t.db, home1, yearly.measureId, 'year', 1, 10);
  await setCycle(t.db, home1, failing.measureId, 'year', 1, 10);
  for (const chain of [daily, yearly, failing]) {
    await assignWorker(t.db, home1, chain.unitId, w.users.home1Worker.userId);
    await assignWorker(t.db, home1, chain.unitId, colleague.userId);
  }
});
afterAll(() => t.drop());

describe('idempotency keys', () => {
  it('answers a retried check record with the first result and writes one record', async () => {
    const body = { measureId: yearly.measureId, result: 'ok', note: '完好' };
    const first = await send('/check-records', body, 'sync-yearly-1');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const records = await count('check_record');
    const again = await send('/check-records', body, 'sync-yearly-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await count('check_record')).toBe(records);
  });

  it('refuses a reused key with another body (422), writing nothing', async () => {
    const records = await count('check_record');
    const reply = await send(
      '/check-records',
      { measureId: yearly.measureId, result: 'not_ok', note: '另一份内容' },
      'sync-yearly-1',
    );
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(reply.body.error.message).toContain('幂等键');
    expect(await count('check_record')).toBe(records);
  });

  it('keeps keys per user: another user with the same key is a new request', async () => {
    const reply = await send(
      '/check-records',
      { measureId: yearly.measureId, result: 'ok' },
      'sync-yearly-1',
      colleague.cookie,
    );
    // Not the worker's stored answer: the colleague's own request, refused on its merits.
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('ALREADY_RECORDED');
  });

  it('writes once when the same key arrives twice at the same moment', async () => {
    const body = { measureId: daily.measureId, result: 'ok' };
    const records = await count('check_record');
    const [a, b] = await Promise.all([
      send('/check-records', body, 'sync-daily-race'),
      send('/check-records', body, 'sync-daily-race'),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect(await count('check_record')).toBe(records + 1);
  });

  it('answers a retried photo upload with the first ref, storing one file', async () => {
    const bytes = makePng(5, 5);
    const upload = (key: string) =>
      t.api.request('POST', `${base()}/uploads`, {
        body: photoForm(bytes, '离线照片.png'),
        cookie: w.users.home1Worker.cookie,
        headers: { 'idempotency-key': key },
      });
    const first = expectStatus(await upload('photo-1'), 201);
    const uploads = await count('upload');
    const again = await upload('photo-1');
    expect(again.status).toBe(201);
    expect(again.body.ref).toBe(first.ref);
    expect(await count('upload')).toBe(uploads);
    // Another photo under the same key is refused; a photo is still checked by its content.
    expect(
      (
        await t.api.request('POST', `${base()}/uploads`, {
          body: photoForm(makePng(6, 6), '离线照片.png'),
          cookie: w.users.home1Worker.cookie,
          headers: { 'idempotency-key': 'photo-1' },
        })
      ).body.error.code,
    ).toBe('IDEMPOTENCY_KEY_REUSED');
    const text = new FormData();
    text.append('file', new File([new TextEncoder().encode('not a photo')], 'x.png'));
    const refused = await t.api.request('POST', `${base()}/uploads`, {
      body: text,
      cookie: w.users.home1Worker.cookie,
      headers: { 'idempotency-key': 'photo-2' },
    });
    expect(refused.status).toBe(422);
    expect(await count('idempotency_key')).toBeGreaterThan(0);
  });

  it('registers a retried 随手拍 once, keeping the device time in its event', async () => {
    const recordedAt = new Date(Date.now() - 3_600_000).toISOString();
    const body = { ...hazardBody({ source: '员工随手拍' }), recordedAt };
    const hazards = await count('hazard');
    const first = expectStatus(await send('/hazards', body, 'snap-1'), 201);
    const again = await send('/hazards', body, 'snap-1');
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.id);
    expect(await count('hazard')).toBe(hazards + 1);
    expect(first.events[0].payload.recordedAt).toBe(recordedAt);
  });

  it('refuses a malformed key naming the header', async () => {
    const reply = await send(
      '/check-records',
      { measureId: yearly.measureId, result: 'ok' },
      'bad key!',
    );
    expect(reply.status).toBe(422);
    expect(reply.body.error.message).toContain('幂等键');
  });
});

describe('late results', () => {
  it('records a check made offline yesterday in yesterday’s window, flagged late', async () => {
    const recordedAt = new Date(new Date(dayStart(-1)).getTime() + 9 * 3_600_000).toISOString();
    const created = expectStatus(
      await send(
        '/check-records',
        { measureId: daily.measureId, result: 'ok', recordedAt },
        'late-1',
      ),
      201,
    );
    expect(created).toMatchObject({
      windowStart: dayStart(-1),
      windowEnd: dayStart(0),
      deviceRecordedAt: recordedAt,
      late: true,
    });
  });

  it('answers a window recorded by someone else with 409 naming them and the China time', async () => {
    const recordedAt = new Date(new Date(dayStart(-1)).getTime() + 10 * 3_600_000).toISOString();
    const reply = await send(
      '/check-records',
      { measureId: daily.measureId, result: 'ok', recordedAt },
      'late-2',
      colleague.cookie,
    );
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('ALREADY_RECORDED');
    const worker = await t.db
      .selectFrom('app_user')
      .select('display_name')
      .where('id', '=', w.users.home1Worker.userId)
      .executeTakeFirstOrThrow();
    // 09:00 China time on yesterday's date: the device time of the first record.
    const yesterday = new Date(new Date(dayStart(-1)).getTime() + 8 * 3_600_000)
      .toISOString()
      .slice(0, 10);
    expect(reply.body.error.message).toContain(worker.display_name);
    expect(reply.body.error.message).toContain(`${yesterday} 09:00`);
    expect(reply.body.error.message).toContain('「正常」');
  });

  it('refuses a device time ahead of the server, and one before the window it names', async () => {
    const ahead = await send('/check-records', {
      measureId: daily.measureId,
      result: 'ok',
      recordedAt: new Date(Date.now() + DAY).toISOString(),
    });
    expect(ahead.status).toBe(422);
    expect(ahead.body.error.issues[0].path).toBe('recordedAt');
    const before = await send('/check-records', {
      measureId: daily.measureId,
      result: 'ok',
      windowStart: dayStart(0),
      recordedAt: new Date(new Date(dayStart(0)).getTime() - 60_000).toISOString(),
    });
    expect(before.status).toBe(422);
    expect(before.body.error.issues[0].path).toBe('recordedAt');
  });

  it('opens a hazard for a late 异常 with its photo, and a retry does not open a second', async () => {
    const photo = expectStatus(
      await t.api.request('POST', `${base()}/uploads`, {
        body: photoForm(makePng(7, 7)),
        cookie: w.users.home1Worker.cookie,
        headers: { 'idempotency-key': 'late-photo' },
      }),
      201,
    );
    const body = {
      measureId: failing.measureId,
      result: 'not_ok',
      note: '防护罩脱落',
      attachments: [{ name: photo.name, ref: photo.ref }],
      recordedAt: new Date(Date.now() - 3_600_000).toISOString(),
    };
    const hazards = await count('hazard');
    const first = expectStatus(await send('/check-records', body, 'late-3'), 201);
    const again = expectStatus(await send('/check-records', body, 'late-3'), 201);
    expect(again.hazardId).toBe(first.hazardId);
    expect(first.hazardId).not.toBeNull();
    expect(await count('hazard')).toBe(hazards + 1);
    const hazard = expectStatus(
      await t.api.get(`${base()}/hazards/${first.hazardId}`, w.users.home1Safety.cookie),
      200,
    );
    expect(hazard.events[0].attachments).toEqual([{ name: photo.name, ref: photo.ref }]);
    expect(hazard.events[0].payload.recordedAt).toBe(body.recordedAt);
  });
});

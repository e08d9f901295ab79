import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventBody,
  expectRefusedWrite as refusedWrite,
  inRegister,
  issuePaths,
  LEC_FOR,
  riskApi,
  type RiskApi,
} from '../support/risk.js';
import { setupTestApp, type Reply, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Grading on the server (docs/domain.md section 1): an assessment's grade comes from the server with
// the jurisdiction's bands, every assessment is kept, and the event's control level follows its
// grade unless changed with a reason.

let t: TestApp;
let w: World;
let safety: RiskApi;
let admin: RiskApi;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  safety = riskApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
  admin = riskApi(t.api, w.enterprises.home1.id, w.users.home1Admin.cookie);
});
afterAll(() => t.drop());

const eventIn = async (id: string) =>
  inRegister.event((await safety.register()).body, id) as Record<string, any>;
const displayName = async (userId: string) =>
  (
    await t.db
      .selectFrom('app_user')
      .select('display_name')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow()
  ).display_name;

const expectRefusedWrite = (write: () => Promise<Reply>, status: number) =>
  refusedWrite(t.db, write, status);

describe('POST .../risk-events/{id}/assessments', () => {
  it('grades an LEC assessment on the server and shows it on the event', async () => {
    const { eventId } = await safety.chain();
    const reply = await safety.assess(eventId, { method: 'LEC', l: 6, e: 6, c: 7 });
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      id: expect.any(String),
      method: 'LEC',
      inputs: { l: 6, e: 6, c: 7 },
      score: 252,
      grade: 'orange',
      assessedBy: await displayName(w.users.home1Safety.userId),
      assessedAt: expect.any(String),
    });
    expect(Number.isNaN(Date.parse(reply.body.assessedAt))).toBe(false);
    expect(await eventIn(eventId)).toMatchObject({
      grade: 'orange',
      controlLevel: '部门级',
      controlLevelReason: null,
      latestAssessment: reply.body,
    });
  });

  it('grades an LS assessment: R = L × S', async () => {
    const { eventId } = await safety.chain();
    const reply = await admin.assess(eventId, { method: 'LS', l: 4, s: 5 });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ method: 'LS', inputs: { l: 4, s: 5 }, score: 20 });
    expect(reply.body.grade).toBe('red');
    expect(reply.body.assessedBy).toBe(await displayName(w.users.home1Admin.userId));
    expect((await safety.assess(eventId, { method: 'LS', l: 3, s: 3 })).body).toMatchObject({
      score: 9,
      grade: 'yellow',
    });
  });

  it('computes fractional LEC scores exactly: 0.2 × 0.5 × 100 = 10', async () => {
    const { eventId } = await safety.chain();
    const reply = await safety.assess(eventId, { method: 'LEC', l: 0.2, e: 0.5, c: 100 });
    expect(reply.body).toMatchObject({ score: 10, grade: 'blue' });
  });

  it('lands a score on a band floor in the band above: 1 × 10 × 7 = 70 is yellow', async () => {
    const { eventId } = await safety.chain();
    const reply = await safety.assess(eventId, { method: 'LEC', l: 1, e: 10, c: 7 });
    expect(reply.body).toMatchObject({ score: 70, grade: 'yellow' });
  });

  it('ignores a grade, score or assessor sent by the client', async () => {
    const { eventId } = await safety.chain();
    const reply = await safety.assess(eventId, {
      ...LEC_FOR.blue,
      grade: 'red',
      score: 999,
      assessedBy: '冒名',
      inputs: { l: 10, e: 10, c: 100 },
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ score: 18, grade: 'blue', inputs: { l: 1, e: 6, c: 3 } });
    expect(reply.body.assessedBy).not.toBe('冒名');
    expect((await eventIn(eventId)).grade).toBe('blue');
  });

  it('ignores a grade or control level sent in an event body, on create and on edit', async () => {
    const { unitId } = await safety.chain();
    const forged = { grade: 'red', controlLevel: '公司级', controlLevelReason: '伪造' };
    const eventId = safety.created(await safety.createEvent(unitId, eventBody(forged)), 'event');
    expect(await eventIn(eventId)).toMatchObject({ grade: null, controlLevel: null });
    await safety.assess(eventId, LEC_FOR.blue);
    expect((await safety.update('risk-events', eventId, forged)).status).toBe(200);
    expect(await eventIn(eventId)).toMatchObject({
      grade: 'blue',
      controlLevel: '班组级',
      controlLevelReason: null,
    });
    const level = await t.db
      .selectFrom('enterprise')
      .select('risk_level')
      .where('id', '=', w.enterprises.home1.id)
      .executeTakeFirstOrThrow();
    expect(level.risk_level).not.toBe('red');
  });

  it.each([
    ['LEC L', { method: 'LEC', l: 2, e: 6, c: 7 }, 'l', '10、6、3、1、0.5、0.2、0.1'],
    ['LEC E', { method: 'LEC', l: 6, e: 4, c: 7 }, 'e', '10、6、3、2、1、0.5'],
    ['LEC C', { method: 'LEC', l: 6, e: 6, c: 50 }, 'c', '100、40、15、7、3、1'],
    ['LEC L of 0.3', { method: 'LEC', l: 0.3, e: 6, c: 7 }, 'l', '0.5、0.2、0.1'],
    ['LS L of 6', { method: 'LS', l: 6, s: 1 }, 'l', '1、2、3、4、5'],
    ['LS S of 0', { method: 'LS', l: 1, s: 0 }, 's', '1、2、3、4、5'],
    ['LS S of 2.5', { method: 'LS', l: 1, s: 2.5 }, 's', '1、2、3、4、5'],
    ['LEC L as text', { method: 'LEC', l: '6', e: 6, c: 7 }, 'l', '10、6、3、1、0.5、0.2、0.1'],
    ['LEC E as null', { method: 'LEC', l: 6, e: null, c: 7 }, 'e', '10、6、3、2、1、0.5'],
    ['LEC without C', { method: 'LEC', l: 6, e: 6 }, 'c', '100、40、15、7、3、1'],
    ['LEC C as a list', { method: 'LEC', l: 6, e: 6, c: [7] }, 'c', '100、40、15、7、3、1'],
    ['LS L as text', { method: 'LS', l: 'high', s: 3 }, 'l', '1、2、3、4、5'],
    ['LS S as null', { method: 'LS', l: 3, s: null }, 's', '1、2、3、4、5'],
    ['LS without S', { method: 'LS', l: 3 }, 's', '1、2、3、4、5'],
    ['LS L of true', { method: 'LS', l: true, s: 3 }, 'l', '1、2、3、4、5'],
  ])('refuses %s outside the allowed values: 422 naming them', async (_, body, path, values) => {
    const { eventId } = await safety.chain();
    const reply = await expectRefusedWrite(() => safety.assess(eventId, body), 422);
    expect(issuePaths(reply.body)).toEqual([path]);
    expect(reply.body.error.message).toContain(values);
    expect((await eventIn(eventId)).grade).toBeNull();
  });

  it.each([
    ['an LEC body carrying an S', { method: 'LEC', l: 6, e: 6, c: 7, s: 3 }, ['s'], 'LS'],
    ['an LS body carrying an E', { method: 'LS', l: 3, s: 3, e: 6 }, ['e'], 'LEC'],
    ['an LS body carrying E and C', { method: 'LS', l: 3, s: 3, e: 6, c: 7 }, ['e', 'c'], 'LEC'],
  ])('refuses %s: the letters of the other method are a mistake', async (_, body, paths, other) => {
    const { eventId } = await safety.chain();
    const reply = await expectRefusedWrite(() => safety.assess(eventId, body), 422);
    expect(issuePaths(reply.body)).toEqual(paths);
    expect(reply.body.error.message).toContain(`属 ${other} 法`);
    expect((await eventIn(eventId)).grade).toBeNull();
  });

  it.each([
    ['no method', { l: 6, e: 6, c: 7 }, 'method'],
    ['an unknown method', { method: 'FMEA', l: 6, e: 6, c: 7 }, 'method'],
    ['a lower-case method', { method: 'lec', l: 6, e: 6, c: 7 }, 'method'],
    ['LEC without C', { method: 'LEC', l: 6, e: 6 }, 'c'],
    ['LEC with S instead of E', { method: 'LEC', l: 6, s: 3, c: 7 }, 'e'],
    ['LS without S', { method: 'LS', l: 3 }, 's'],
    ['a value as text', { method: 'LS', l: '3', s: 3 }, 'l'],
  ])('refuses %s: 422 naming the field, nothing written', async (_, body, path) => {
    const { eventId } = await safety.chain();
    const reply = await expectRefusedWrite(() => safety.assess(eventId, body), 422);
    expect(issuePaths(reply.body)).toContain(path);
  });

  it('refuses to assess an archived event, or one under an archived unit: 409', async () => {
    const a = await safety.chain();
    await safety.archive('risk-events', a.eventId);
    await expectRefusedWrite(() => safety.assess(a.eventId, LEC_FOR.red), 409);
    const b = await safety.chain();
    await safety.archive('risk-units', b.unitId);
    await expectRefusedWrite(() => safety.assess(b.eventId, LEC_FOR.red), 409);
  });

  it('answers 404 for an event that does not exist', async () => {
    await expectRefusedWrite(() => safety.assess(crypto.randomUUID(), LEC_FOR.red), 404);
    expect((await safety.history(crypto.randomUUID())).status).toBe(404);
  });
});

describe('GET .../risk-events/{id}/assessments (history)', () => {
  it('keeps every assessment, newest first, each with who, when, inputs, score and grade', async () => {
    const { eventId } = await safety.chain();
    const first = (await safety.assess(eventId, LEC_FOR.yellow)).body;
    const second = (await admin.assess(eventId, { method: 'LS', l: 5, s: 5 })).body;
    const third = (await safety.assess(eventId, LEC_FOR.blue)).body;

    const reply = await safety.history(eventId);
    expect(reply.status).toBe(200);
    expect(reply.body.items).toEqual([third, second, first]);
    const [safetyName, adminName] = [
      await displayName(w.users.home1Safety.userId),
      await displayName(w.users.home1Admin.userId),
    ];
    expect(reply.body.items.map((a: any) => [a.method, a.score, a.grade, a.assessedBy])).toEqual([
      ['LEC', 18, 'blue', safetyName],
      ['LS', 25, 'red', adminName],
      ['LEC', 126, 'yellow', safetyName],
    ]);
    for (const a of reply.body.items) expect(Number.isNaN(Date.parse(a.assessedAt))).toBe(false);
    expect((await eventIn(eventId)).latestAssessment).toEqual(third);
    expect((await eventIn(eventId)).grade).toBe('blue');
  });

  it('is empty for an unassessed event and still readable once the event is archived', async () => {
    const { eventId } = await safety.chain();
    expect((await safety.history(eventId)).body).toEqual({ items: [] });
    const made = (await safety.assess(eventId, LEC_FOR.red)).body;
    await safety.archive('risk-events', eventId);
    expect((await safety.history(eventId)).body).toEqual({ items: [made] });
  });
});

describe('control level', () => {
  it.each([
    ['red', '公司级'],
    ['orange', '部门级'],
    ['yellow', '车间级'],
    ['blue', '班组级'],
  ] as const)('defaults a %s event to %s', async (grade, level) => {
    const { eventId } = await safety.chain();
    expect((await safety.assess(eventId, LEC_FOR[grade])).body.grade).toBe(grade);
    expect(await eventIn(eventId)).toMatchObject({ controlLevel: level, controlLevelReason: null });
  });

  it('needs a reason to move away from the default: 422 naming reason, nothing changed', async () => {
    const { eventId } = await safety.chain();
    await safety.assess(eventId, LEC_FOR.orange);
    for (const body of [
      { controlLevel: '公司级' },
      { controlLevel: '公司级', reason: null },
      { controlLevel: '公司级', reason: '   ' },
    ]) {
      const reply = await expectRefusedWrite(() => safety.setControlLevel(eventId, body), 422);
      expect(issuePaths(reply.body)).toEqual(['reason']);
      expect(reply.body.error.message).toContain('「理由」');
    }
    expect((await eventIn(eventId)).controlLevel).toBe('部门级');
  });

  it('keeps a non-default level with its reason; back to the default drops the reason', async () => {
    const { eventId } = await safety.chain();
    await safety.assess(eventId, LEC_FOR.orange);
    const reason = '涉及多部门交叉作业，由公司统一管控';
    const reply = await admin.setControlLevel(eventId, { controlLevel: '公司级', reason });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ id: eventId });
    expect(await eventIn(eventId)).toMatchObject({
      grade: 'orange',
      controlLevel: '公司级',
      controlLevelReason: reason,
    });
    expect((await safety.setControlLevel(eventId, { controlLevel: '部门级' })).status).toBe(200);
    expect(await eventIn(eventId)).toMatchObject({
      controlLevel: '部门级',
      controlLevelReason: null,
    });
  });

  it('is decided again by a new assessment (back to the new grade’s default)', async () => {
    const { eventId } = await safety.chain();
    await safety.assess(eventId, LEC_FOR.orange);
    await safety.setControlLevel(eventId, { controlLevel: '岗位级', reason: '单人岗位' });
    await safety.assess(eventId, LEC_FOR.red);
    expect(await eventIn(eventId)).toMatchObject({
      grade: 'red',
      controlLevel: '公司级',
      controlLevelReason: null,
    });
  });

  it('refuses a level outside the fixed list: 422 naming controlLevel', async () => {
    const { eventId } = await safety.chain();
    await safety.assess(eventId, LEC_FOR.red);
    for (const controlLevel of ['厂级', undefined, 1]) {
      const reply = await expectRefusedWrite(
        () => safety.setControlLevel(eventId, { controlLevel, reason: '理由' }),
        422,
      );
      expect(issuePaths(reply.body)).toEqual(['controlLevel']);
    }
  });

  it('refuses an unassessed event: 409; an archived one: 409; an unknown one: 404', async () => {
    const { eventId, unitId } = await safety.chain();
    const reply = await expectRefusedWrite(
      () => safety.setControlLevel(eventId, { controlLevel: '公司级', reason: '理由' }),
      409,
    );
    expect(reply.body.error.code).toBe('CONFLICT');
    await expectRefusedWrite(
      () => safety.setControlLevel(eventId, { controlLevel: '公司级' }),
      409,
    );
    await safety.assess(eventId, LEC_FOR.red);
    await safety.archive('risk-units', unitId);
    await expectRefusedWrite(
      () => safety.setControlLevel(eventId, { controlLevel: '公司级' }),
      409,
    );
    await expectRefusedWrite(
      () => safety.setControlLevel(crypto.randomUUID(), { controlLevel: '公司级' }),
      404,
    );
  });
});

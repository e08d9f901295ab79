import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignWorker,
  chinaDay,
  checksApi,
  dayStart,
  setCycle,
  uploadPhoto,
} from '../support/checks.js';
import { expectStatus, hazardApi } from '../support/hazards.js';
import { expectRefusedWrite, issuePaths, makeRiskChain, type RiskChain } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Check tasks derived from measure cycles, and check records: due / done / missed, the window
// rules, "not ok" opening a hazard, and who may record what.

let t: TestApp;
let w: World;
let worker: ReturnType<typeof checksApi>;
let safety: ReturnType<typeof checksApi>;
/** year × 1, assigned to the worker: its current window is today's for the whole year. */
let yearly: RiskChain;
/** day × 1, assigned, created 10 days ago: past days are missed unless recorded. */
let daily: RiskChain;
/** day × 1, assigned, created just now: no task before today. */
let fresh: RiskChain;
/** day × 1, not assigned to the worker. */
let others: RiskChain;
/** year × 1, assigned: the one that fails. */
let failing: RiskChain;

const tasksOf = (body: any, measureId: string) =>
  body.items.filter((i: any) => i.measure.id === measureId);

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  const home1 = w.enterprises.home1.id;
  worker = checksApi(t.api, home1, w.users.home1Worker.cookie);
  safety = checksApi(t.api, home1, w.users.home1Safety.cookie);
  yearly = await makeRiskChain(t.db, home1);
  daily = await makeRiskChain(t.db, home1);
  fresh = await makeRiskChain(t.db, home1);
  others = await makeRiskChain(t.db, home1);
  failing = await makeRiskChain(t.db, home1);
  await setCycle(t.db, home1, yearly.measureId, 'year');
  await setCycle(t.db, home1, daily.measureId, 'day', 1, 10);
  await setCycle(t.db, home1, fresh.measureId, 'day', 1);
  await setCycle(t.db, home1, others.measureId, 'day', 1, 10);
  await setCycle(t.db, home1, failing.measureId, 'year');
  for (const chain of [yearly, daily, fresh, failing]) {
    await assignWorker(t.db, home1, chain.unitId, w.users.home1Worker.userId);
  }
});
afterAll(() => t.drop());

describe('check tasks', () => {
  it("lists the worker's tasks of a day, with measure, event, unit, object and window", async () => {
    const body = expectStatus(await worker.tasks(), 200);
    expect(body.scope).toBe('mine');
    expect(body.date).toBe(chinaDay());
    const [task] = tasksOf(body, yearly.measureId);
    expect(task).toMatchObject({
      measure: {
        id: yearly.measureId,
        checkContent: '检查防护罩',
        cycleUnit: 'year',
        cycleCount: 1,
      },
      event: { id: yearly.eventId },
      unit: { id: yearly.unitId },
      object: { id: yearly.objectId },
      status: 'due',
      record: null,
    });
    expect(new Date(task.windowStart) <= new Date()).toBe(true);
    expect(new Date(task.windowEnd) > new Date()).toBe(true);
    expect(tasksOf(body, others.measureId)).toEqual([]);
  });

  it('shows a past window without a record as missed, only from the measure’s creation', async () => {
    const body = expectStatus(await worker.tasks(`date=${chinaDay(-3)}`), 200);
    expect(tasksOf(body, daily.measureId)).toMatchObject([
      { status: 'missed', windowStart: dayStart(-3), record: null },
    ]);
    expect(tasksOf(body, fresh.measureId)).toEqual([]);
    expect(tasksOf(body, yearly.measureId)).toHaveLength(1);
  });

  it('gives managers the whole enterprise and its counts; a worker cannot ask for all', async () => {
    const body = expectStatus(await safety.tasks(`date=${chinaDay(-3)}`), 200);
    expect(body.scope).toBe('all');
    expect(tasksOf(body, others.measureId)).toMatchObject([{ status: 'missed' }]);
    const counts = { due: 0, done: 0, missed: 0, upcoming: 0, suspended: 0 } as Record<
      string,
      number
    >;
    for (const item of body.items) counts[item.status]! += 1;
    expect(body.summary).toEqual(counts);
    expect(body.summary.missed).toBeGreaterThanOrEqual(2);
    expect((await worker.tasks('scope=all')).status).toBe(403);
  });

  it('refuses a malformed date naming it', async () => {
    const reply = await worker.tasks('date=2026-02-30');
    expect(reply.status).toBe(422);
    expect(issuePaths(reply.body)).toContain('date');
  });
});

describe('check records', () => {
  it('records ok for the current window; the task is then done; a second record is 409', async () => {
    const created = expectStatus(
      await worker.record({ measureId: yearly.measureId, result: 'ok', note: '防护罩完好' }),
      201,
    );
    expect(created).toMatchObject({
      measureId: yearly.measureId,
      result: 'ok',
      hazardId: null,
      recordedBy: { id: w.users.home1Worker.userId },
      deviceRecordedAt: null,
      late: false,
    });
    const [task] = tasksOf(expectStatus(await worker.tasks(), 200), yearly.measureId);
    expect(task).toMatchObject({ status: 'done', record: { id: created.id } });

    const again = await expectRefusedWrite(
      t.db,
      () => worker.record({ measureId: yearly.measureId, result: 'ok' }),
      409,
    );
    expect(again.body.error).toMatchObject({ code: 'ALREADY_RECORDED' });
    expect(again.body.error.message).toContain('已由您本人于');
  });

  it('records a missed window of the last 7 days, and refuses other windows naming windowStart', async () => {
    expectStatus(
      await worker.record({ measureId: daily.measureId, windowStart: dayStart(-3), result: 'ok' }),
      201,
    );
    const body = expectStatus(await worker.tasks(`date=${chinaDay(-3)}`), 200);
    expect(tasksOf(body, daily.measureId)).toMatchObject([{ status: 'done' }]);

    const notAligned = new Date(new Date(dayStart(-2)).getTime() + 3_600_000).toISOString();
    for (const windowStart of [dayStart(-9), dayStart(1), notAligned]) {
      const reply = await expectRefusedWrite(
        t.db,
        () => worker.record({ measureId: daily.measureId, windowStart, result: 'ok' }),
        422,
      );
      expect(issuePaths(reply.body)).toContain('windowStart');
    }
  });

  it('records not ok only with a note or a photo', async () => {
    const reply = await expectRefusedWrite(
      t.db,
      () => worker.record({ measureId: failing.measureId, result: 'not_ok' }),
      422,
    );
    expect(issuePaths(reply.body)).toContain('note');
  });

  it('refuses a photo that is not an upload of the enterprise, writing nothing', async () => {
    const foreign = await uploadPhoto(t.api, w.enterprises.home2.id, w.users.home2Admin.cookie);
    const reply = await expectRefusedWrite(
      t.db,
      () =>
        worker.record({ measureId: failing.measureId, result: 'not_ok', attachments: [foreign] }),
      422,
    );
    expect(issuePaths(reply.body)).toContain('attachments.0.ref');
  });

  it('opens a 管控措施失效 hazard linked to the measure, with the photo, in one go', async () => {
    const photo = await uploadPhoto(t.api, w.enterprises.home1.id, w.users.home1Worker.cookie);
    const created = expectStatus(
      await worker.record({
        measureId: failing.measureId,
        result: 'not_ok',
        note: '防护罩螺栓松脱',
        attachments: [photo],
      }),
      201,
    );
    expect(created.hazardId).toEqual(expect.any(String));
    const hazards = hazardApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
    const hazard = expectStatus(await hazards.get(created.hazardId), 200);
    expect(hazard).toMatchObject({
      source: '管控措施失效',
      state: 'reported',
      description: '防护罩螺栓松脱',
      controlMeasureId: failing.measureId,
      riskUnitId: failing.unitId,
      riskObjectId: failing.objectId,
      reporter: { id: w.users.home1Worker.userId },
    });
    expect(hazard.events[0].attachments).toEqual([photo]);
    expect(expectStatus(await hazards.verify(), 200).ok).toBe(true);
    const [task] = tasksOf(expectStatus(await worker.tasks(), 200), failing.measureId);
    expect(task).toMatchObject({ status: 'done', record: { result: 'not_ok' } });
  });

  it("refuses a worker recording a measure not assigned to them, or another enterprise's", async () => {
    const reply = await expectRefusedWrite(
      t.db,
      () => worker.record({ measureId: others.measureId, result: 'ok' }),
      403,
    );
    expect(reply.body.error.code).toBe('FORBIDDEN');
    const home2 = await makeRiskChain(t.db, w.enterprises.home2.id);
    await expectRefusedWrite(
      t.db,
      () => worker.record({ measureId: home2.measureId, result: 'ok' }),
      404,
    );
    // A manager records any measure of the enterprise.
    expectStatus(await safety.record({ measureId: others.measureId, result: 'ok' }), 201);
  });

  it('lists the history newest first, filtered, a page at a time; a worker sees only theirs', async () => {
    const all = expectStatus(await safety.records(), 200);
    expect(all.items.length).toBeGreaterThanOrEqual(4);
    const times = all.items.map((r: any) => r.recordedAt);
    expect([...times].sort().reverse()).toEqual(times);

    const failed = expectStatus(await safety.records('result=not_ok'), 200);
    expect(failed.items.map((r: any) => r.measureId)).toEqual([failing.measureId]);
    const byMeasure = expectStatus(await safety.records(`measureId=${daily.measureId}`), 200);
    expect(byMeasure.items).toHaveLength(1);
    const byDate = expectStatus(
      await safety.records(`from=${chinaDay(-3)}&to=${chinaDay(-3)}`),
      200,
    );
    expect(byDate.items.map((r: any) => r.measureId)).toEqual([daily.measureId]);

    const first = expectStatus(await safety.records('limit=2'), 200);
    expect(first.items).toHaveLength(2);
    const second = expectStatus(await safety.records(`limit=2&cursor=${first.nextCursor}`), 200);
    expect(second.items[0].id).toBe(all.items[2].id);

    const mine = expectStatus(await worker.records(), 200);
    expect(mine.items.map((r: any) => r.measureId)).not.toContain(others.measureId);
    expect(mine.items.length).toBe(all.items.length - 1);
  });
});

describe('who may read and record checks', () => {
  it('refuses other enterprises and neighbouring regulators; regulators above read the history', async () => {
    const home1 = w.enterprises.home1.id;
    const as = (user: keyof World['users']) => checksApi(t.api, home1, w.users[user].cookie);
    expect((await as('home2Admin').tasks()).status).toBe(404);
    expect((await as('home2Admin').records()).status).toBe(404);
    expect((await as('neighbourAdmin').records()).status).toBe(404);
    expect((await as('neighbourAdmin').tasks()).status).toBe(403);
    expect((await as('homeAdmin').records()).status).toBe(200);
    expect((await as('homeInspector').tasks()).status).toBe(403);
    expect((await as('home1Congress').tasks()).status).toBe(403);
    await expectRefusedWrite(
      t.db,
      () => as('home2Admin').record({ measureId: yearly.measureId, result: 'ok' }),
      404,
    );
    await expectRefusedWrite(
      t.db,
      () => as('homeInspector').record({ measureId: yearly.measureId, result: 'ok' }),
      403,
    );
    await expectRefusedWrite(
      t.db,
      () => as('home1Congress').record({ measureId: yearly.measureId, result: 'ok' }),
      403,
    );
  });
});

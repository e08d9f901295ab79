import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chemApi, majorHazardBody, ok, type ChemApi } from '../support/chemicals.js';
import { assignWorker, chinaDay, dayStart, setCycle } from '../support/checks.js';
import { makeRiskChain, type RiskChain } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// 装置/设施运行状态 (docs/domain-chemicals.md section 3): the history of states, periodic check
// tasks suspended (not missed) while stopped or in 检修, and the 开车前检查 that must pass first
// when the unit runs again.

const DAY = 86_400_000;
let t: TestApp;
let w: World;
let safety: ChemApi;
let worker: ChemApi;
/** day × 1 since 10 days ago, on the worker's position. */
let daily: RiskChain;

const measureTasks = (body: any, measureId: string) =>
  body.items.filter((i: any) => i.measure.id === measureId);
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  const home1 = w.enterprises.home1.id;
  safety = chemApi(t.api, home1, w.users.home1Safety.cookie);
  worker = chemApi(t.api, home1, w.users.home1Worker.cookie);
  daily = await makeRiskChain(t.db, home1);
  await setCycle(t.db, home1, daily.measureId, 'day', 1, 10);
  await assignWorker(t.db, home1, daily.unitId, w.users.home1Worker.userId);
});
afterAll(() => t.drop());

describe('run states', () => {
  it('are set by managers with a reason, one period after another, kept as history', async () => {
    const chain = await makeRiskChain(t.db, w.enterprises.home1.id);
    expect(
      (await worker.setState({ unitId: chain.unitId, state: 'stopped', reason: '停车' })).status,
    ).toBe(403);
    const first = ok(
      await safety.setState({ unitId: chain.unitId, state: 'running', reason: '投用' }),
      201,
    );
    expect(first).toMatchObject({
      state: 'running',
      stateLabel: '运行',
      prestart: { required: false },
    });
    const again = await safety.setState({ unitId: chain.unitId, state: 'running', reason: 'x' });
    expect(again.status).toBe(409);
    expect(
      (
        await safety.setState({
          unitId: chain.unitId,
          state: 'maintenance',
          reason: '检修',
          startedAt: ago(3),
        })
      ).status,
    ).toBe(422);
    expect((await safety.setState({ state: 'maintenance', reason: '检修' })).status).toBe(422);
    ok(
      await safety.setState({
        unitId: chain.unitId,
        state: 'maintenance',
        reason: '年度检修',
        plannedEndAt: new Date(Date.now() + 5 * DAY).toISOString(),
      }),
      201,
    );
    const history = ok(await safety.history(`unitId=${chain.unitId}`));
    expect(history.items.map((p: any) => [p.state, p.endedAt === null])).toEqual([
      ['maintenance', true],
      ['running', false],
    ]);
    const overview = ok(await worker.runStates());
    const unit = overview.units.find((u: any) => u.id === chain.unitId);
    expect(unit.current).toMatchObject({
      state: 'maintenance',
      setBy: { id: w.users.home1Safety.userId },
    });
    expect(unit.actions).toEqual([]);
    expect(overview.unitCounts).toMatchObject({ maintenance: 1 });
  });

  it('suspend the periodic tasks of a stopped unit: not due, not missed, and not recordable', async () => {
    // Stopped since 5 days ago (the unit had no state before).
    ok(
      await safety.setState({
        unitId: daily.unitId,
        state: 'stopped',
        reason: '原料短缺停车',
        startedAt: ago(5),
      }),
      201,
    );
    expect(
      measureTasks(ok(await worker.tasks(`date=${chinaDay(-7)}`)), daily.measureId),
    ).toMatchObject([{ status: 'missed' }]);
    for (const day of [-3, 0]) {
      expect(
        measureTasks(ok(await worker.tasks(`date=${chinaDay(day)}`)), daily.measureId),
      ).toMatchObject([{ status: 'suspended', actions: [] }]);
    }
    const today = ok(await worker.tasks());
    expect(today.summary.suspended).toBeGreaterThanOrEqual(1);
    const refused = await worker.recordCheck({ measureId: daily.measureId, result: 'ok' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('暂停');
    const late = await worker.recordCheck({
      measureId: daily.measureId,
      result: 'ok',
      windowStart: dayStart(-2),
    });
    expect(late.status).toBe(409);
  });

  it('require a passing 开车前检查, done first, when the unit runs again', async () => {
    const running = ok(
      await safety.setState({ unitId: daily.unitId, state: 'running', reason: '恢复生产' }),
      201,
    );
    expect(running.prestart).toEqual({ required: true, passedAt: null, pending: true });
    const tasks = ok(await worker.tasks());
    expect(tasks.preStart[0]).toMatchObject({
      kind: 'pre_start',
      runStateId: running.id,
      subject: { kind: 'unit', id: daily.unitId },
      status: 'due',
      actions: ['record'],
    });
    expect(measureTasks(tasks, daily.measureId)).toMatchObject([{ status: 'suspended' }]);
    const first = await worker.recordCheck({ measureId: daily.measureId, result: 'ok' });
    expect(first.status).toBe(409);
    expect(first.body.error.message).toContain('开车前检查');
    // Someone not on the unit may not record it.
    const outsider = chemApi(t.api, w.enterprises.home1.id, w.users.home1Congress.cookie);
    expect((await outsider.prestartCheck({ runStateId: running.id, result: 'ok' })).status).toBe(
      403,
    );
    // A failed check opens a hazard (复产复工前) and the check stays due.
    const failed = ok(
      await worker.prestartCheck({
        runStateId: running.id,
        result: 'not_ok',
        note: '安全阀未校验',
      }),
      201,
    );
    const hazard = ok(
      await t.api.get(
        `/v1/enterprises/${w.enterprises.home1.id}/hazards/${failed.hazardId}`,
        w.users.home1Safety.cookie,
      ),
    );
    expect(hazard).toMatchObject({
      source: '复产复工前',
      state: 'reported',
      riskUnitId: daily.unitId,
    });
    const still = ok(await worker.tasks()).preStart[0];
    expect(still).toMatchObject({ kind: 'pre_start', status: 'due' });
    expect(still.records).toHaveLength(1);
    const passed = ok(
      await worker.prestartCheck({ runStateId: running.id, result: 'ok', note: '安全阀已校验' }),
      201,
    );
    expect(passed).toMatchObject({ kind: 'pre_start', runStateId: running.id });
    expect((await worker.prestartCheck({ runStateId: running.id, result: 'ok' })).status).toBe(409);
    const after = ok(await worker.tasks());
    expect(after.preStart[0]).toMatchObject({ kind: 'pre_start', status: 'done', actions: [] });
    expect(measureTasks(after, daily.measureId)).toMatchObject([{ status: 'due' }]);
    ok(await worker.recordCheck({ measureId: daily.measureId, result: 'ok' }), 201);
  });

  it('do not ask for a 开车前检查 between running and trial, but keep one that is owed', async () => {
    const chain = await makeRiskChain(t.db, w.enterprises.home1.id);
    ok(await safety.setState({ unitId: chain.unitId, state: 'running', reason: '投用' }), 201);
    const trial = ok(
      await safety.setState({ unitId: chain.unitId, state: 'trial', reason: '技改试生产' }),
      201,
    );
    expect(trial.prestart.required).toBe(false);
    ok(await safety.setState({ unitId: chain.unitId, state: 'maintenance', reason: '消缺' }), 201);
    ok(await safety.setState({ unitId: chain.unitId, state: 'trial', reason: '再次试车' }), 201);
    const running = ok(
      await safety.setState({ unitId: chain.unitId, state: 'running', reason: '转入正式生产' }),
      201,
    );
    expect(running.prestart).toMatchObject({ required: true, pending: true });
  });

  it('of a 重大危险源 suspend the tasks of the units of the objects it covers', async () => {
    const chain = await makeRiskChain(t.db, w.enterprises.home1.id);
    const home1 = w.enterprises.home1.id;
    await setCycle(t.db, home1, chain.measureId, 'day', 1, 3);
    await assignWorker(t.db, home1, chain.unitId, w.users.home1Worker.userId);
    const hazard = ok(await safety.createMajorHazard(majorHazardBody([chain.objectId])), 201);
    expect(measureTasks(ok(await worker.tasks()), chain.measureId)).toMatchObject([
      { status: 'due' },
    ]);
    ok(
      await safety.setState({ majorHazardId: hazard.id, state: 'maintenance', reason: '罐区清罐' }),
      201,
    );
    expect(measureTasks(ok(await worker.tasks()), chain.measureId)).toMatchObject([
      { status: 'suspended' },
    ]);
    const overview = ok(await safety.runStates());
    const unit = overview.units.find((u: any) => u.id === chain.unitId);
    expect(unit.majorHazards).toEqual([{ id: hazard.id, code: hazard.code, name: hazard.name }]);
    expect(overview.majorHazards.find((h: any) => h.id === hazard.id).current.state).toBe(
      'maintenance',
    );
  });
});

import { windowAt } from '@shuangfang/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chemApi, majorHazardBody, ok, type ChemApi } from '../support/chemicals.js';
import { chinaDay, dayStart } from '../support/checks.js';
import { makeRiskChain, type RiskChain } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// 包保 check tasks (docs/domain-chemicals.md section 2): each role's windows at its cadence — the
// 技术负责人's quarter and the key periods, the others as the jurisdiction sets them — recorded
// only by the custodian, findings opening hazards, suspension while stopped, and completion per
// role per month for the enterprise and the regulator.

const DAY = 86_400_000;
let t: TestApp;
let w: World;
let admin: ChemApi;
let safety: ChemApi;
let worker: ChemApi;
let chain: RiskChain;
let hazardId: string;

const custody = (body: any, role: string) => body.custody.filter((i: any) => i.role === role);
const settings = (body: unknown) =>
  t.api.put('/v1/jurisdictions/360735/settings', body, w.users.homeAdmin.cookie);

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  const home1 = w.enterprises.home1.id;
  admin = chemApi(t.api, home1, w.users.home1Admin.cookie);
  safety = chemApi(t.api, home1, w.users.home1Safety.cookie);
  worker = chemApi(t.api, home1, w.users.home1Worker.cookie);
  chain = await makeRiskChain(t.db, home1);
  hazardId = ok(await safety.createMajorHazard(majorHazardBody([chain.objectId])), 201).id;
  const roles = {
    principal: w.users.home1Admin.userId,
    technical: w.users.home1Safety.userId,
    operational: w.users.home1Worker.userId,
  };
  for (const [role, userId] of Object.entries(roles)) {
    ok(await admin.assign(hazardId, role, { userId, title: '包保责任人' }));
  }
  // Their terms began months ago, so past months have windows to judge.
  await t.db
    .updateTable('major_hazard_custodian')
    .set({ assigned_at: new Date(Date.now() - 120 * DAY) })
    .where('major_hazard_id', '=', hazardId)
    .execute();
});
afterAll(() => t.drop());

describe('包保 tasks', () => {
  it('gives each role its windows: operational weekly, technical and principal quarterly', async () => {
    const now = new Date();
    const mine = ok(await worker.tasks());
    const week = windowAt({ unit: 'week', count: 1 }, now);
    expect(custody(mine, 'operational')).toMatchObject([
      {
        majorHazard: { id: hazardId },
        roleLabel: '操作负责人',
        custodian: { id: w.users.home1Worker.userId },
        keyPeriod: null,
        windowStart: week.start.toISOString(),
        windowEnd: week.end.toISOString(),
        status: 'due',
        actions: ['record'],
      },
    ]);
    expect(mine.custody).toHaveLength(1);
    expect(mine.items.every((i: any) => i.kind === 'measure')).toBe(true);
    const quarter = windowAt({ unit: 'quarter', count: 1 }, now);
    const all = ok(await safety.tasks());
    for (const role of ['principal', 'technical']) {
      expect(custody(all, role)).toMatchObject([{ windowStart: quarter.start.toISOString() }]);
    }
    // The manager sees everyone's, but records only their own.
    expect(custody(all, 'operational')[0].actions).toEqual([]);
    expect(custody(all, 'technical')[0].actions).toEqual(['record']);
    expect(custody(ok(await safety.tasks('scope=mine')), 'principal')).toEqual([]);
  });

  it('adds a 技术负责人 window before each key period the jurisdiction configures', async () => {
    ok(
      await settings({
        custodyKeyPeriods: [{ name: '冬季安全生产重点时段', from: chinaDay(3), to: chinaDay(10) }],
      }),
    );
    const technical = custody(ok(await safety.tasks()), 'technical');
    const start = new Date(dayStart(3));
    expect(technical.find((x: any) => x.keyPeriod)).toMatchObject({
      keyPeriod: '冬季安全生产重点时段',
      windowStart: new Date(start.getTime() - 7 * DAY).toISOString(),
      windowEnd: start.toISOString(),
      status: 'due',
    });
    expect(custody(ok(await safety.tasks()), 'principal')).toHaveLength(1);
  });

  it('follows the cadences the jurisdiction sets, but holds the 技术负责人 to a quarter', async () => {
    ok(
      await settings({
        custodyCadence: {
          principal: { checkCycleUnit: 'month', checkCycleCount: 1 },
          technical: { checkCycleUnit: 'quarter', checkCycleCount: 1 },
          operational: { checkCycleUnit: 'day', checkCycleCount: 1 },
        },
      }),
    );
    expect(custody(ok(await worker.tasks()), 'operational')[0].windowStart).toBe(dayStart(0));
    const tooLong = await settings({
      custodyCadence: {
        principal: { checkCycleUnit: 'month', checkCycleCount: 1 },
        technical: { checkCycleUnit: 'month', checkCycleCount: 4 },
        operational: { checkCycleUnit: 'week', checkCycleCount: 1 },
      },
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error.message).toContain('技术负责人');
    ok(await settings({ custodyCadence: null }));
    const week = windowAt({ unit: 'week', count: 1 }, new Date());
    expect(custody(ok(await worker.tasks()), 'operational')[0].windowStart).toBe(
      week.start.toISOString(),
    );
  });

  it('is recorded by the custodian alone, once per window', async () => {
    const body = { majorHazardId: hazardId, role: 'operational', result: 'ok', note: '巡查正常' };
    expect((await admin.custodyCheck(body)).status).toBe(403);
    expect((await safety.custodyCheck(body)).status).toBe(403);
    const record = ok(await worker.custodyCheck(body), 201);
    expect(record).toMatchObject({
      kind: 'custody',
      kindLabel: '包保责任人排查',
      majorHazardId: hazardId,
      custodyRole: 'operational',
      measureId: null,
      hazardId: null,
    });
    expect((await worker.custodyCheck(body)).status).toBe(409);
    expect(custody(ok(await worker.tasks()), 'operational')[0]).toMatchObject({
      status: 'done',
      actions: [],
    });
    // An ordinary check record: in the history, filtered by kind.
    const history = ok(await safety.tasks());
    expect(history.summary.done).toBeGreaterThanOrEqual(1);
    const records = ok(
      await t.api.get(
        `/v1/enterprises/${w.enterprises.home1.id}/check-records?kind=custody`,
        w.users.home1Worker.cookie,
      ),
    );
    expect(records.items.map((r: any) => r.id)).toContain(record.id);
  });

  it('opens a hazard for what it finds, through the loop (source 节假日前 for a key-period check)', async () => {
    const keyTask = custody(ok(await safety.tasks()), 'technical').find((x: any) => x.keyPeriod);
    const foreign = await makeRiskChain(t.db, w.enterprises.home2.id);
    const base = {
      majorHazardId: hazardId,
      role: 'technical',
      windowStart: keyTask.windowStart,
      windowEnd: keyTask.windowEnd,
      result: 'not_ok',
    };
    expect(
      (await safety.custodyCheck({ ...base, note: 'x', riskUnitId: foreign.unitId })).status,
    ).toBe(422);
    expect((await safety.custodyCheck(base)).status).toBe(422);
    const record = ok(
      await safety.custodyCheck({
        ...base,
        note: '罐区可燃气体报警器 2 台失效',
        riskUnitId: chain.unitId,
      }),
      201,
    );
    const hazard = ok(
      await t.api.get(
        `/v1/enterprises/${w.enterprises.home1.id}/hazards/${record.hazardId}`,
        w.users.home1Safety.cookie,
      ),
    );
    expect(hazard).toMatchObject({
      source: '节假日前',
      state: 'reported',
      riskUnitId: chain.unitId,
      description: '罐区可燃气体报警器 2 台失效',
    });
  });

  it('is suspended, not missed, while the 重大危险源 is stopped', async () => {
    const stopped = ok(
      await safety.setState({ majorHazardId: hazardId, state: 'stopped', reason: '停产倒空' }),
      201,
    );
    expect(stopped.subject).toMatchObject({ kind: 'major_hazard', id: hazardId });
    const principal = custody(ok(await admin.tasks()), 'principal')[0];
    expect(principal).toMatchObject({ status: 'suspended', actions: [] });
    const refused = await admin.custodyCheck({
      majorHazardId: hazardId,
      role: 'principal',
      result: 'ok',
    });
    expect(refused.status).toBe(409);
    // Back in operation, the 开车前检查 comes first, then the task is due again.
    const running = ok(
      await safety.setState({ majorHazardId: hazardId, state: 'running', reason: '恢复生产' }),
      201,
    );
    expect(running.prestart).toMatchObject({ required: true, pending: true });
    expect(custody(ok(await admin.tasks()), 'principal')[0].status).toBe('suspended');
    const prestart = ok(await admin.tasks()).preStart[0];
    expect(prestart).toMatchObject({ runStateId: running.id, status: 'due', actions: ['record'] });
    ok(await worker.prestartCheck({ runStateId: running.id, result: 'ok', note: '联锁投用' }), 201);
    expect(custody(ok(await admin.tasks()), 'principal')[0].status).toBe('due');
  });
});

describe('包保 completion', () => {
  const lastMonth = () => chinaDay(-35).slice(0, 7);

  it('counts each role per 重大危险源 per month: done, missed, rate, behind', async () => {
    // One weekly window of last month recorded (straight in the table: too late for the API).
    const month = lastMonth();
    const week = windowAt({ unit: 'week', count: 1 }, new Date(`${month}-15T04:00:00Z`));
    await t.db
      .insertInto('check_record')
      .values({
        enterprise_id: w.enterprises.home1.id,
        kind: 'custody',
        measure_id: null,
        major_hazard_id: hazardId,
        custody_role: 'operational',
        window_start: week.start,
        window_end: week.end,
        result: 'ok',
        note: null,
        attachments: [],
        hazard_id: null,
        recorded_by: w.users.home1Worker.userId,
      })
      .execute();
    const body = ok(await safety.completion(`month=${month}`));
    const operational = body.items.find((r: any) => r.role === 'operational');
    expect(operational.done).toBe(1);
    expect(operational.missed).toBeGreaterThanOrEqual(3);
    expect(operational.rate).toBeCloseTo(1 / (1 + operational.missed));
    expect(operational).toMatchObject({
      behind: true,
      suspended: 0,
      custodian: { id: w.users.home1Worker.userId },
    });
    const current = ok(await safety.completion());
    expect(current.month).toBe(chinaDay(0).slice(0, 7));
    expect(current.items).toHaveLength(3);
    expect((await worker.completion()).status).toBe(403);
  });

  it('shows the regulator which 包保责任人 are behind across its subtree, not a neighbour', async () => {
    const month = lastMonth();
    const county = ok(
      await t.api.get(
        `/v1/custody-completion?month=${month}&behind=true`,
        w.users.homeAdmin.cookie,
      ),
    );
    const row = county.items.find((r: any) => r.role === 'operational');
    expect(row).toMatchObject({
      enterprise: { id: w.enterprises.home1.id, name: '石城甲公司' },
      custodian: { id: w.users.home1Worker.userId },
      behind: true,
    });
    expect(county.items.every((r: any) => r.behind)).toBe(true);
    expect(county.summary.majorHazards).toBe(1);
    const city = ok(
      await t.api.get(`/v1/custody-completion?month=${month}`, w.users.cityAdmin.cookie),
    );
    expect(city.items.length).toBe(3);
    const neighbour = ok(
      await t.api.get(`/v1/custody-completion?month=${month}`, w.users.neighbourAdmin.cookie),
    );
    expect(neighbour.items).toEqual([]);
    const outside = await t.api.get(
      `/v1/custody-completion?jurisdiction=360735`,
      w.users.neighbourAdmin.cookie,
    );
    expect(outside.status).toBe(404);
  });
});

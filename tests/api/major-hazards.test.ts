import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chemApi, majorHazardBody, ok, type ChemApi } from '../support/chemicals.js';
import { makeUser } from '../support/factories.js';
import { makeRiskChain, type RiskChain } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// 重大危险源 and their 包保责任制 (docs/domain-chemicals.md section 2): registration, the three
// named 包保责任人 (named by the 主要负责人 only), the 公示牌, and who may do what.

let t: TestApp;
let w: World;
let admin: ChemApi;
let safety: ChemApi;
let chain: RiskChain;
let other: RiskChain;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  const home1 = w.enterprises.home1.id;
  admin = chemApi(t.api, home1, w.users.home1Admin.cookie);
  safety = chemApi(t.api, home1, w.users.home1Safety.cookie);
  chain = await makeRiskChain(t.db, home1);
  other = await makeRiskChain(t.db, w.enterprises.home2.id);
});
afterAll(() => t.drop());

describe('重大危险源', () => {
  it('is registered by a manager over current objects of its own register, with a unique code', async () => {
    const body = majorHazardBody([chain.objectId], { level: '一级' });
    const created = ok(await safety.createMajorHazard(body), 201);
    expect(created).toMatchObject({
      code: body.code,
      level: '一级',
      objects: [{ id: chain.objectId }],
      runState: null,
      actions: ['edit', 'archive', 'set_run_state'],
    });
    expect(created.custodians.map((c: any) => [c.role, c.custodian])).toEqual([
      ['principal', null],
      ['technical', null],
      ['operational', null],
    ]);
    expect(created.custodians[1].cadence).toBe('每季度1次，另在重大活动、重点时段和节假日前各1次');
    expect(created.custodians[2].duties.confirmed).toBe(false);
    expect((await safety.createMajorHazard(body)).status).toBe(409);
    const foreign = await safety.createMajorHazard(majorHazardBody([other.objectId]));
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.message).toContain('覆盖的风险分析对象');
    const worker = chemApi(t.api, w.enterprises.home1.id, w.users.home1Worker.cookie);
    expect((await worker.createMajorHazard(majorHazardBody([chain.objectId]))).status).toBe(403);
    // Everyone of the enterprise reads it; the admin sees the custodian action.
    const list = ok(await admin.majorHazards());
    expect(list.items.map((h: any) => h.id)).toContain(created.id);
    expect(list.items[0].actions).toContain('assign_custodians');
    expect(ok(await worker.majorHazards()).items[0].actions).toEqual([]);
  });

  it('names its 包保责任人 by the 主要负责人 only, keeping every term', async () => {
    const h = ok(await safety.createMajorHazard(majorHazardBody([chain.objectId])), 201);
    const assign = { userId: w.users.home1Safety.userId, title: '总工程师' };
    expect((await safety.assign(h.id, 'technical', assign)).status).toBe(403);
    const foreigner = await makeUser(t.db, {
      role: 'worker',
      enterpriseId: w.enterprises.home2.id,
    });
    expect(
      (await admin.assign(h.id, 'technical', { ...assign, userId: foreigner.userId })).status,
    ).toBe(422);
    const congress = await admin.assign(h.id, 'technical', {
      ...assign,
      userId: w.users.home1Congress.userId,
    });
    expect(congress.status).toBe(422);
    ok(await admin.assign(h.id, 'technical', assign));
    const next = ok(
      await admin.assign(h.id, 'technical', {
        userId: w.users.home1Worker.userId,
        title: '副总工程师',
        phone: '0797-5712000',
      }),
    );
    const technical = next.custodians.find((c: any) => c.role === 'technical').custodian;
    expect(technical).toMatchObject({ userId: w.users.home1Worker.userId, phone: '0797-5712000' });
    expect(next.custodianHistory.map((c: any) => [c.userId, c.endedAt === null])).toEqual([
      [w.users.home1Worker.userId, true],
      [w.users.home1Safety.userId, false],
    ]);
  });

  it('prints its 公示牌 with the three names, duties and phones', async () => {
    const h = ok(await safety.createMajorHazard(majorHazardBody([chain.objectId])), 201);
    ok(
      await admin.assign(h.id, 'principal', {
        userId: w.users.home1Admin.userId,
        title: '总经理',
        phone: '13900001111',
      }),
    );
    const board = ok(await safety.board(h.id));
    expect(board.custodians.map((c: any) => [c.roleLabel, c.phone])).toEqual([
      ['主要负责人', '13900001111'],
      ['技术负责人', null],
      ['操作负责人', null],
    ]);
    expect(board.custodians[0].duties.length).toBeGreaterThan(3);
    expect(board.objects).toHaveLength(1);
  });

  it('is edited and archived by managers; archiving ends its custodians’ terms', async () => {
    const h = ok(await safety.createMajorHazard(majorHazardBody([chain.objectId])), 201);
    ok(
      await admin.assign(h.id, 'operational', {
        userId: w.users.home1Worker.userId,
        title: '班长',
      }),
    );
    const edited = ok(
      await safety.updateMajorHazard(h.id, { name: '甲醇罐区（扩建）', level: '一级' }),
    );
    expect(edited).toMatchObject({ name: '甲醇罐区（扩建）', level: '一级' });
    const archived = ok(await safety.archiveMajorHazard(h.id));
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.custodians.every((c: any) => c.custodian === null)).toBe(true);
    expect(archived.actions).toEqual([]);
    expect((await safety.updateMajorHazard(h.id, { name: 'x' })).status).toBe(409);
    expect(ok(await safety.majorHazards()).items.map((x: any) => x.id)).not.toContain(h.id);
    expect(
      ok(await safety.majorHazards('includeArchived=true')).items.map((x: any) => x.id),
    ).toContain(h.id);
  });

  it('is refused to another enterprise and to the neighbouring county', async () => {
    const h = ok(await safety.createMajorHazard(majorHazardBody([chain.objectId])), 201);
    const home1 = w.enterprises.home1.id;
    for (const cookie of [w.users.neighbour1Admin.cookie, w.users.neighbourAdmin.cookie]) {
      const c = chemApi(t.api, home1, cookie);
      expect((await c.majorHazard(h.id)).status).toBe(404);
      expect((await c.majorHazards()).status).toBe(404);
    }
    const county = chemApi(t.api, home1, w.users.homeAdmin.cookie);
    expect(ok(await county.majorHazard(h.id)).actions).toEqual([]);
  });
});

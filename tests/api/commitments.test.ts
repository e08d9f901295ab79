import { actingAs, commitmentStatus, dayRange, publishCommitment } from '@shuangfang/api';
import type { Db, PermitLevel, PermitState, PermitType } from '@shuangfang/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chemApi, majorHazardBody, ok, type ChemApi } from '../support/chemicals.js';
import { chinaDay } from '../support/checks.js';
import { makeEnterprise, makeUser } from '../support/factories.js';
import { makeHazard } from '../support/hazards.js';
import { makeRiskChain, type RiskChain } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The daily 安全风险研判与承诺公告 (docs/domain-chemicals.md section 4): its counts derived from the
// data, published once a day by the 主要负责人 or the deputy on duty, late after the configured
// deadline (China time), shown on the public gate screen and to the regulator.

const HOUR = 3_600_000;
let t: TestApp;
let w: World;
let admin: ChemApi;
let safety: ChemApi;
const chains: RiskChain[] = [];

/** A permit row of the given state, valid today, written straight to the table. */
async function permitRow(
  db: Db,
  enterpriseId: string,
  userId: string,
  p: { type: PermitType; level?: PermitLevel; state: PermitState; contractor?: string },
) {
  const n = Math.random().toString(36).slice(2, 8);
  await db
    .insertInto('work_permit')
    .values({
      enterprise_id: enterpriseId,
      number: `T-${n}`,
      type: p.type,
      level: p.level ?? null,
      state: p.state,
      applicant_id: userId,
      applied_at: new Date(),
      applicant_unit: '生产一车间',
      work_unit: p.contractor ?? '本企业维修班',
      contractor: p.contractor !== undefined,
      content: '检修',
      location: '罐区',
      risk_unit_id: null,
      work_leader_id: userId,
      guard_id: userId,
      guard_certificate: null,
      workers: [],
      related_numbers: [],
      hazard_identification: '火灾',
      other_measures: null,
      valid_from: new Date(Date.now() - HOUR),
      valid_to: new Date(Date.now() + 4 * HOUR),
      details: {},
      approval_chain: [],
      started_at: null,
      interrupted_at: null,
      completed_at: null,
      closed_at: null,
      cancel_reason: p.state === 'cancelled' ? '取消' : null,
    })
    .execute();
}

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  const home1 = w.enterprises.home1.id;
  admin = chemApi(t.api, home1, w.users.home1Admin.cookie);
  safety = chemApi(t.api, home1, w.users.home1Safety.cookie);
  for (let i = 0; i < 4; i++) chains.push(await makeRiskChain(t.db, home1));
  // home2 and neighbour1 are 危险化学品 enterprises by industry; home1 by its 重大危险源.
  await t.db
    .updateTable('enterprise')
    .set({ industry: '危险化学品' })
    .where('id', 'in', [w.enterprises.home2.id, w.enterprises.neighbour1.id])
    .execute();
});
afterAll(() => t.drop());

describe('the day’s commitment', () => {
  it('states counts derived from the data, not typed in', async () => {
    const [a, b, c] = chains as [RiskChain, RiskChain, RiskChain];
    ok(await safety.setState({ unitId: a.unitId, state: 'running', reason: '运行' }), 201);
    ok(await safety.setState({ unitId: b.unitId, state: 'maintenance', reason: '检修' }), 201);
    ok(await safety.setState({ unitId: c.unitId, state: 'stopped', reason: '停车' }), 201);
    ok(await safety.setState({ unitId: c.unitId, state: 'running', reason: '开车' }), 201);
    const tank = ok(
      await safety.createMajorHazard(majorHazardBody([a.objectId], { name: '甲醇罐区' })),
      201,
    );
    ok(await safety.createMajorHazard(majorHazardBody([b.objectId], { name: '液氯库' })), 201);
    ok(
      await admin.assign(tank.id, 'principal', {
        userId: w.users.home1Admin.userId,
        title: '总经理',
      }),
    );
    ok(await safety.setState({ majorHazardId: tank.id, state: 'running', reason: '运行' }), 201);
    // An open 重大隐患 in the 液氯库's object.
    const majorId = await makeHazard(t.db, w.enterprises.home1.id, w.users.home1Safety.userId, {
      state: 'rectifying',
      grade: '重大',
    });
    await t.db
      .updateTable('hazard')
      .set({ risk_object_id: b.objectId })
      .where('id', '=', majorId)
      .execute();
    const user = w.users.home1Safety.userId;
    const home1 = w.enterprises.home1.id;
    await permitRow(t.db, home1, user, {
      type: 'hot_work',
      level: 'hot_1',
      state: 'in_progress',
      contractor: '赣州安诚检修',
    });
    await permitRow(t.db, home1, user, { type: 'hot_work', level: 'hot_2', state: 'approved' });
    await permitRow(t.db, home1, user, {
      type: 'confined_space',
      state: 'interrupted',
      contractor: '赣州安诚检修',
    });
    await permitRow(t.db, home1, user, {
      type: 'lifting',
      level: 'lifting_3',
      state: 'in_progress',
      contractor: '九江吊装公司',
    });
    await permitRow(t.db, home1, user, { type: 'hot_work', level: 'hot_1', state: 'accepted' });
    await permitRow(t.db, home1, user, { type: 'blind_plate', state: 'applied' });

    const today = ok(await admin.today());
    expect(today).toMatchObject({
      date: chinaDay(0),
      commitment: null,
      actions: ['publish', 'issue_screen_link'],
    });
    expect(today.draft.facts).toMatchObject({
      units: { total: 3, running: 2, stopped: 0, maintenance: 1, trial: 0, awaitingPrestart: 1 },
      trialProduction: false,
      startingUp: true,
      permits: {
        hot_work: 2,
        hot_1: 1,
        hot_2: 1,
        hot_special: 0,
        confined_space: 1,
        lifting: 1,
        blind_plate: 0,
        total: 4,
      },
      contractors: { count: 2, names: ['九江吊装公司', '赣州安诚检修'] },
      openMajorHazards: 1,
      expiredPermits: 0,
      risksUnderControl: false,
    });
    expect(
      today.draft.facts.majorHazards.map((h: any) => [
        h.name,
        h.stateLabel,
        h.safe,
        h.custodians[0].name,
      ]),
    ).toEqual([
      ['甲醇罐区', '运行', true, expect.any(String)],
      ['液氯库', '未登记', false, null],
    ]);
    expect(today.draft.statement).toContain('我承诺');

    // Typed numbers are not taken: the published facts are the derived ones.
    const published = ok(
      await admin.publish({
        confirm: true,
        note: '2# 装置检修，已隔离',
        facts: { units: { total: 99 } },
      }),
      201,
    );
    expect(published.facts).toEqual(today.draft.facts);
    expect(published).toMatchObject({
      committedAs: 'principal',
      committedAsLabel: '主要负责人',
      note: '2# 装置检修，已隔离',
      hashVerified: true,
    });
  });

  it('is published once a day, by the 主要负责人 or the deputy on duty only', async () => {
    expect((await admin.publish()).status).toBe(409);
    const home2 = w.enterprises.home2.id;
    const deputy = await makeUser(t.db, {
      role: 'safety_manager',
      enterpriseId: home2,
      name: '值班副总',
    });
    const d = chemApi(t.api, home2, deputy.cookie);
    expect((await d.publish()).status).toBe(403);
    expect((await d.publish({ confirm: false })).status).toBe(422);
    ok(
      await chemApi(t.api, home2, w.users.home2Admin.cookie).assignDuty('commitment_deputy', [
        deputy.userId,
      ]),
    );
    expect(ok(await d.today()).actions).toContain('publish');
    const c = ok(await d.publish(), 201);
    expect(c).toMatchObject({
      committedAs: 'deputy',
      committedAsLabel: '值班负责人',
      committedBy: { name: '值班副总' },
    });
    const congress = chemApi(t.api, w.enterprises.home1.id, w.users.home1Congress.cookie);
    expect((await congress.publish()).status).toBe(403);
  });

  it('is late when published after the jurisdiction’s deadline, China time', async () => {
    const today = chinaDay(0);
    const at = (hhmm: string) => {
      const [h, m] = hhmm.split(':').map(Number) as [number, number];
      return new Date(dayRange(today).start.getTime() + (h * 60 + m) * 60_000);
    };
    const early = await makeEnterprise(t.db, {
      jurisdictionCode: '360735',
      agencyId: w.agencies.home,
      industry: '危险化学品',
    });
    const late = await makeEnterprise(t.db, {
      jurisdictionCode: '360735',
      agencyId: w.agencies.home,
      industry: '危险化学品',
    });
    const silent = await makeEnterprise(t.db, {
      jurisdictionCode: '360735',
      agencyId: w.agencies.home,
      industry: '危险化学品',
    });
    void silent;
    const who = async (enterpriseId: string) =>
      actingAs(
        t.db,
        (await makeUser(t.db, { role: 'enterprise_admin', enterpriseId })).membershipId,
      );
    const onTime = await publishCommitment(
      t.db,
      await who(early.id),
      early.id,
      { confirm: true },
      at('09:30'),
    );
    expect(onTime).toMatchObject({ late: false, dueAt: at('10:00').toISOString() });
    const after = await publishCommitment(
      t.db,
      await who(late.id),
      late.id,
      { confirm: true },
      at('10:30'),
    );
    expect(after.late).toBe(true);

    const regulator = await actingAs(t.db, w.users.homeAdmin.membershipId);
    const at11 = await commitmentStatus(t.db, regulator, { limit: 200 }, at('11:00'));
    const statusOf = (id: string) => at11.items.find((i) => i.enterprise.id === id)?.status;
    expect(statusOf(early.id)).toBe('on_time');
    expect(statusOf(late.id)).toBe('late');
    expect(statusOf(silent.id)).toBe('missing');
    expect(at11.items.some((i) => i.enterprise.id === w.enterprises.neighbour1.id)).toBe(false);
    const at8 = await commitmentStatus(
      t.db,
      regulator,
      { limit: 200, status: 'pending' },
      at('08:00'),
    );
    expect(at8.items.map((i) => i.enterprise.id)).toContain(silent.id);

    // The deadline is the jurisdiction's: at 00:00 anything published today is late.
    ok(
      await t.api.put(
        '/v1/jurisdictions/360735/settings',
        { commitmentDeadline: '00:00' },
        w.users.homeAdmin.cookie,
      ),
    );
    const status = ok(
      await t.api.get('/v1/commitments/status?status=missing', w.users.homeAdmin.cookie),
    );
    expect(status.items.map((i: any) => i.enterprise.id)).toContain(silent.id);
    expect(status.summary.obliged).toBeGreaterThanOrEqual(5);

    // A page at a time, by name then id; the summary always counts the whole day.
    const whole = ok(await t.api.get('/v1/commitments/status?limit=200', w.users.homeAdmin.cookie));
    expect(whole.nextCursor).toBeNull();
    const paged: any[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: any = ok(
        await t.api.get(`/v1/commitments/status?${query}`, w.users.homeAdmin.cookie),
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.summary).toEqual(whole.summary);
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(whole.items);
    expect(whole.items.length).toBe(whole.summary.obliged);
    const names = whole.items.map((i: any) => i.enterprise.name);
    expect(names).toEqual([...names].sort());
    const missingPage = ok(
      await t.api.get('/v1/commitments/status?status=missing&limit=1', w.users.homeAdmin.cookie),
    );
    expect(missingPage.items).toEqual(
      whole.items.filter((i: any) => i.status === 'missing').slice(0, 1),
    );
    expect(missingPage.nextCursor === null).toBe(whole.summary.missing <= 1);
    const forged = await t.api.get('/v1/commitments/status?cursor=xyz', w.users.homeAdmin.cookie);
    expect(forged.status).toBe(422);
    expect(JSON.stringify(forged.body)).toContain('分页游标无效');
    ok(
      await t.api.put(
        '/v1/jurisdictions/360735/settings',
        { commitmentDeadline: null },
        w.users.homeAdmin.cookie,
      ),
    );
  });

  it('keeps a history for the enterprise and the regulator, late ones filterable', async () => {
    const mine = ok(await safety.commitments());
    expect(mine.items).toHaveLength(1);
    expect(ok(await safety.commitment(mine.items[0].id)).hashVerified).toBe(true);
    const county = ok(await t.api.get('/v1/commitments?late=true', w.users.homeAdmin.cookie));
    expect(county.items.every((i: any) => i.late)).toBe(true);
    expect(county.items.length).toBeGreaterThanOrEqual(1);
    const neighbour = ok(await t.api.get('/v1/commitments', w.users.neighbourAdmin.cookie));
    expect(neighbour.items).toEqual([]);
    expect(
      (await t.api.get('/v1/commitments/status?jurisdiction=360735', w.users.neighbourAdmin.cookie))
        .status,
    ).toBe(404);
    expect(
      (await chemApi(t.api, w.enterprises.home1.id, w.users.neighbour1Admin.cookie).today()).status,
    ).toBe(404);
  });
});

describe('the gate screen', () => {
  it('shows the day’s commitment to anyone holding the link, with no contact details', async () => {
    const link = ok(await safety.issueScreen(), 201);
    const screen = ok(await t.api.get(`/v1/public/gate-screens/${link.token}`));
    expect(screen).toMatchObject({
      enterpriseName: '石城甲公司',
      date: chinaDay(0),
      committed: true,
      refreshSeconds: 60,
      commitment: { committedAsLabel: '主要负责人', facts: { units: { total: 3 } } },
    });
    const text = JSON.stringify(screen);
    expect(text).not.toContain('139');
    for (const user of Object.values(w.users)) expect(text).not.toContain(user.userId);
    expect(ok(await admin.today()).screenLink.token).toBe(link.token);
    // A new link cuts off the old one; revoking cuts off both.
    const next = ok(await safety.issueScreen(), 201);
    expect((await t.api.get(`/v1/public/gate-screens/${link.token}`)).status).toBe(404);
    ok(await safety.revokeScreen());
    expect((await t.api.get(`/v1/public/gate-screens/${next.token}`)).status).toBe(404);
  });

  it('says so when the day’s commitment is missing', async () => {
    const home2 = chemApi(t.api, w.enterprises.home2.id, w.users.home2Admin.cookie);
    const link = ok(await home2.issueScreen(), 201);
    const other = await makeEnterprise(t.db, {
      jurisdictionCode: '360735',
      agencyId: w.agencies.home,
    });
    const otherAdmin = await makeUser(t.db, { role: 'enterprise_admin', enterpriseId: other.id });
    const o = chemApi(t.api, other.id, otherAdmin.cookie);
    const empty = ok(
      await t.api.get(`/v1/public/gate-screens/${ok(await o.issueScreen(), 201).token}`),
    );
    expect(empty).toMatchObject({ committed: false, commitment: null });
    expect(ok(await t.api.get(`/v1/public/gate-screens/${link.token}`)).committed).toBe(true);
  });
});

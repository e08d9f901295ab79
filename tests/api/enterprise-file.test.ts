import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, makeHazard } from '../support/hazards.js';
import { makeSupervision } from '../support/supervision.js';
import { makeTipoff } from '../support/tipoffs.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// GET /v1/enterprises/{id}/file (一企一档) and GET /v1/dashboard/hazard-trend: each section
// holds the enterprise's rows only, open hazards list the overdue first; the trend counts the
// jurisdiction's hazards per China week and never a neighbour's. Who may call is in the
// isolation matrix (tests/api/isolation.test.ts).

const DAY = 86_400_000;
let t: TestApp;
let w: World;
let overdueId: string;
let laterId: string;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  const home1 = w.enterprises.home1.id;
  const reporter = w.users.home1Safety.userId;
  laterId = await makeHazard(t.db, home1, reporter, {
    state: 'rectifying',
    deadline: new Date(Date.now() + 5 * DAY),
  });
  overdueId = await makeHazard(t.db, home1, reporter, {
    state: 'rectifying',
    deadline: new Date(Date.now() - 2 * DAY),
  });
  await makeHazard(t.db, home1, reporter, { state: 'closed' });
  await makeSupervision(t.db, home1, w.agencies.home, w.users.homeAdmin.userId, reporter);
  await makeTipoff(t.db, home1);
  // The neighbours' rows must never show: another enterprise of the county, and of the next one.
  await makeHazard(t.db, w.enterprises.home2.id, w.users.home2Admin.userId, {
    state: 'rectifying',
    deadline: new Date(Date.now() - 3 * DAY),
  });
  await makeHazard(t.db, w.enterprises.neighbour1.id, w.users.neighbour1Admin.userId, {
    state: 'rectifying',
    deadline: new Date(Date.now() - 3 * DAY),
  });
  await makeTipoff(t.db, w.enterprises.home2.id);
}, 120_000);
afterAll(() => t.drop());

describe('一企一档', () => {
  it("holds the enterprise's own rows, overdue hazards first", async () => {
    const url = `/v1/enterprises/${w.enterprises.home1.id}/file`;
    const body = expectStatus(await t.api.get(url, w.users.homeInspector.cookie), 200);
    expect(body.enterprise.id).toBe(w.enterprises.home1.id);
    // Two made open here, plus the supervised one (rectifying, major).
    expect(body.hazards.open).toBe(3);
    expect(body.hazards.overdue).toBe(1);
    expect(body.hazards.major).toBe(1);
    expect(body.hazards.items[0].id).toBe(overdueId);
    expect(body.hazards.items[0].overdue).toBe(true);
    expect(body.hazards.items.map((h: { id: string }) => h.id)).toContain(laterId);
    expect(body.supervisions).toHaveLength(1);
    expect(body.supervisions[0].state).toBe('listed');
    expect(body.tipoffs.total).toBe(1);
    expect(body.risk.byGrade).toEqual({ red: 0, orange: 0, yellow: 0, blue: 0, ungraded: 0 });
    expect(body.reports).toEqual({ total: 0, late: 0, items: [] });
  });

  it('is read by the city above the county, and is 404 for the neighbouring county', async () => {
    const url = `/v1/enterprises/${w.enterprises.home1.id}/file`;
    expectStatus(await t.api.get(url, w.users.cityAdmin.cookie), 200);
    expectStatus(await t.api.get(url, w.users.neighbourAdmin.cookie), 404);
    expectStatus(await t.api.get(url, w.users.home1Admin.cookie), 403);
  });
});

describe('hazard trend', () => {
  it('counts the county per week: this week opened and closed, overdue now', async () => {
    const body = expectStatus(
      await t.api.get('/v1/dashboard/hazard-trend', w.users.homeAdmin.cookie),
      200,
    );
    expect(body.jurisdiction.code).toBe('360735');
    expect(body.weeks).toHaveLength(12);
    const mondays = body.weeks.map((x: { week: string }) => x.week);
    expect([...mondays].sort()).toEqual(mondays);
    for (const week of mondays) expect(new Date(`${week}T00:00:00Z`).getUTCDay()).toBe(1);
    const thisWeek = body.weeks[11];
    // home1: three made here and the supervised one; home2: one. The neighbour's is not counted.
    expect(thisWeek.opened).toBe(5);
    expect(thisWeek.closed).toBe(1);
    expect(thisWeek.overdue).toBe(2);
    const earlier = body.weeks.slice(0, 11);
    expect(earlier.every((x: { opened: number }) => x.opened === 0)).toBe(true);
  });

  it('counts an older hazard in the week it was registered and while it stayed overdue', async () => {
    const old = await makeHazard(t.db, w.enterprises.home1.id, w.users.home1Safety.userId, {
      state: 'rectifying',
      deadline: new Date(Date.now() - 20 * DAY),
    });
    await t.db
      .updateTable('hazard')
      .set({ created_at: new Date(Date.now() - 30 * DAY) })
      .where('enterprise_id', '=', w.enterprises.home1.id)
      .where('id', '=', old)
      .execute();
    const body = expectStatus(
      await t.api.get('/v1/dashboard/hazard-trend?jurisdiction=360735', w.users.homeAdmin.cookie),
      200,
    );
    const opened = body.weeks.reduce((n: number, x: { opened: number }) => n + x.opened, 0);
    expect(opened).toBe(6);
    expect(body.weeks[11].overdue).toBe(3);
    // Two weeks ago (its deadline was 20 days ago) it was overdue already.
    expect(body.weeks[9].overdue).toBeGreaterThanOrEqual(1);
  });

  it("is 404 for another county's code", async () => {
    const url = '/v1/dashboard/hazard-trend?jurisdiction=360735';
    expectStatus(await t.api.get(url, w.users.neighbourAdmin.cookie), 404);
  });
});

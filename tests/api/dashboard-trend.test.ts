import { refreshDashboardRollups, rollDashboardDay } from '@shuangfang/api';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getHazardTrend } from '../../api/src/modules/dashboard/dashboard-trend.service.js';
import {
  chinaDay,
  chinaDayStart,
  generateEnterprises,
  prng,
  rollupRows,
  makeTown,
} from '../support/dashboard.js';
import { expectStatus } from '../support/hazards.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The 12-week hazard trend comes from a day roll-up (migration 2026_12_07_1500_dashboard_hazard_days)
// and the dashboard's exact overdue count now. Here every week's figures are checked against the
// definition counted over the hazards themselves: registered in the week, closed in it, and
// overdue at its end (not rejected, registered and past its deadline by then, not yet closed),
// at several moments and wherever the rollover day is, after hazards are backdated, re-dated,
// closed and rejected and an enterprise moves; the trigger-kept rows equal a recompute.

const DAY = 86_400_000;
const HOUR = 3_600_000;
let t: TestApp;
let w: World;

const platform = {
  id: 'platform',
  role: 'platform_admin' as const,
  enterpriseId: null,
  agencyId: null,
  jurisdictionCode: null,
  jurisdictionPath: null,
};

type HazardChange = { deadline?: Date; state?: 'closed' | 'rejected'; closed_at?: Date };

/** Monday of a China day, as the trend keys its weeks. */
const mondayOf = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY).toISOString().slice(0, 10);
};

/** The 12 weeks by the definition, counted over the hazard rows of the subtree. */
async function expectedTrend(path: string, now: Date) {
  const first = new Date(Date.parse(`${mondayOf(chinaDay(now))}T00:00:00Z`) - 11 * 7 * DAY);
  const weeks = Array.from({ length: 12 }, (_, i) =>
    new Date(first.getTime() + i * 7 * DAY).toISOString().slice(0, 10),
  );
  const { rows } = await sql<{
    created_at: Date;
    deadline: Date | null;
    closed_at: Date | null;
    state: string;
  }>`select h.created_at, h.deadline, h.closed_at, h.state from hazard h
      join jurisdiction j on j.code = h.jurisdiction_code
      where j.path like ${`${path}%`}`.execute(t.db);
  const weekOf = (at: Date) => mondayOf(chinaDay(at));
  return weeks.map((week, i) => {
    const next = chinaDayStart(
      new Date(Date.parse(`${week}T00:00:00Z`) + 7 * DAY).toISOString().slice(0, 10),
    );
    const end = i === 11 ? now : next;
    return {
      week,
      opened: rows.filter((h) => weekOf(h.created_at) === week).length,
      closed: rows.filter((h) => h.closed_at && weekOf(h.closed_at) === week).length,
      overdue: rows.filter(
        (h) =>
          h.state !== 'rejected' &&
          h.deadline !== null &&
          h.deadline < end &&
          h.created_at < end &&
          (h.closed_at === null || h.closed_at >= end),
      ).length,
    };
  });
}

async function expectTrendAsDefined(moments: Date[]) {
  for (const now of moments) {
    for (const [code, path] of [
      ['360700', '/360000/360700/'],
      ['360735', '/360000/360700/360735/'],
    ] as const) {
      const body = await getHazardTrend(t.db, platform, { jurisdiction: code }, now);
      expect(body.weeks, `${code} at ${now.toISOString()}`).toEqual(await expectedTrend(path, now));
    }
  }
  const kept = await rollupRows(t.db);
  await refreshDashboardRollups(t.db);
  expect(await rollupRows(t.db)).toEqual(kept);
}

/** Now, noon of a later day, and a moment just after a Monday began (China time). */
function moments() {
  const now = new Date();
  const noon = new Date(
    chinaDayStart(chinaDay(new Date(now.getTime() + 3 * DAY))).getTime() + 12 * HOUR,
  );
  const monday = mondayOf(chinaDay(new Date(now.getTime() + 7 * DAY)));
  return [now, noon, new Date(chinaDayStart(monday).getTime() + 5 * 60_000)];
}

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  await makeTown(t.db);
  const r = prng(20261207);
  const cast = (agencyId: string) => ({ agencyId, userId: w.users.cityAdmin.userId });
  await generateEnterprises(t.db, r, '360735', 5, cast(w.agencies.home));
  await generateEnterprises(t.db, r, '360735101', 3, cast(w.agencies.home));
  await generateEnterprises(t.db, r, '360730', 4, cast(w.agencies.neighbour));
  // Registered over the last 100 days (open hazards only: closed and rejected ones are final).
  const open = await t.db
    .selectFrom('hazard')
    .select(['enterprise_id', 'id'])
    .where('state', 'in', ['reported', 'rectifying', 'awaiting_acceptance'])
    .execute();
  for (const h of open) {
    await t.db
      .updateTable('hazard')
      .set({ created_at: new Date(Date.now() - r.int(0, 100 * 24) * HOUR) })
      .where('enterprise_id', '=', h.enterprise_id)
      .where('id', '=', h.id)
      .execute();
  }
}, 120_000);
afterAll(() => t.drop());

describe('the hazard trend', () => {
  it('equals the definition counted over the hazards, at any moment and rollover day', async () => {
    for (const rolledAt of [Date.now() - 4 * DAY, Date.now(), Date.now() + 4 * DAY]) {
      await rollDashboardDay(t.db, new Date(rolledAt));
      await expectTrendAsDefined(moments());
    }
    await rollDashboardDay(t.db, new Date());
  });

  it('follows hazards re-dated, closed and rejected, and an enterprise moving', async () => {
    const rows = await t.db
      .selectFrom('hazard as h')
      .select(['h.enterprise_id', 'h.id', 'h.state'])
      .where('h.state', 'in', ['reported', 'rectifying', 'awaiting_acceptance'])
      .orderBy('h.id')
      .execute();
    const update = (h: (typeof rows)[number], values: HazardChange) =>
      t.db
        .updateTable('hazard')
        .set(values)
        .where('enterprise_id', '=', h.enterprise_id)
        .where('id', '=', h.id)
        .execute();
    const confirmed = rows.filter((h) => h.state !== 'reported');
    const reported = rows.filter((h) => h.state === 'reported');
    expect([confirmed.length, reported.length]).toEqual([
      expect.toSatisfy((n: number) => n >= 8),
      expect.toSatisfy((n: number) => n >= 3),
    ]);
    for (const [i, h] of confirmed.slice(0, 3).entries()) {
      // Overdue for a fortnight or more, then closed: overdue at the ends of the weeks between.
      await update(h, { deadline: new Date(Date.now() - (20 + i) * DAY) });
      await update(h, { state: 'closed', closed_at: new Date(Date.now() - (6 - i) * DAY) });
    }
    for (const [i, h] of confirmed.slice(3, 6).entries())
      await update(h, { deadline: new Date(Date.now() - (i + 1) * 4 * DAY) });
    // Due later today, or in two hours whatever the day.
    for (const h of confirmed.slice(6, 8))
      await update(h, { deadline: new Date(Date.now() + 2 * HOUR) });
    // Not yet confirmed: rejected (a rejected hazard is never overdue).
    for (const h of reported.slice(0, 3)) await update(h, { state: 'rejected' });
    await expectTrendAsDefined(moments());
    const moving = await t.db
      .selectFrom('enterprise')
      .select('id')
      .where('jurisdiction_code', '=', '360735101')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable('enterprise')
      .set({ jurisdiction_code: '360730' })
      .where('id', '=', moving.id)
      .execute();
    await expectTrendAsDefined(moments());
  });

  it('is what the API answers, and 404 outside the subtree', async () => {
    const body = expectStatus(
      await t.api.get('/v1/dashboard/hazard-trend?jurisdiction=360735', w.users.homeAdmin.cookie),
      200,
    );
    expect(body.weeks.map((x: { overdue: number }) => x.overdue).at(-1)).toBe(
      (await expectedTrend('/360000/360700/360735/', new Date())).at(-1)!.overdue,
    );
    const outside = '/v1/dashboard/hazard-trend?jurisdiction=360735';
    expectStatus(await t.api.get(outside, w.users.neighbourAdmin.cookie), 404);
  });
});

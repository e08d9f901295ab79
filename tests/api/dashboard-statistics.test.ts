import { refreshDashboardRollups } from '@shuangfang/api';
import type { Db } from '@shuangfang/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedFigures, makeTown, rollupRows, type Period } from '../support/dashboard.js';
import { makeEnterprise } from '../support/factories.js';
import { expectStatus } from '../support/hazards.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The dashboard's never-drafted statistics reports come from two roll-ups (enterprises by quarter
// of registration, statistics reports by period), migration
// 2026_12_07_1400_dashboard_statistics_rollups. Here they are checked against the definition,
// counted enterprise by enterprise (docs/domain.md section 3): every active enterprise registered
// before a period ended owes its report. Registration on the boundary, reports drafted and sent,
// an enterprise deactivated, moved, re-dated and reactivated, a draft deleted; after each, the
// figures equal the direct count and the trigger-kept rows equal a recompute.

let t: TestApp;
let w: World;
const china = (local: string) => new Date(`${local}+08:00`);

/** Periods and what falls due in them (report-calendar.ts: the 15th after a quarter, 31 Jan). */
const PERIODS: { period: Period; due: [kind: string, period: string, end: string][] }[] = [
  {
    period: { from: '2026-01-01', to: '2026-01-31' },
    due: [
      ['quarterly', '2025Q4', '2026-01-01T00:00:00'],
      ['annual', '2025', '2026-01-01T00:00:00'],
    ],
  },
  {
    period: { from: '2025-10-01', to: '2026-12-31' },
    due: [
      ['quarterly', '2025Q3', '2025-10-01T00:00:00'],
      ['quarterly', '2025Q4', '2026-01-01T00:00:00'],
      ['annual', '2025', '2026-01-01T00:00:00'],
      ['quarterly', '2026Q1', '2026-04-01T00:00:00'],
      ['quarterly', '2026Q2', '2026-07-01T00:00:00'],
      ['quarterly', '2026Q3', '2026-10-01T00:00:00'],
    ],
  },
];

/** Never drafted, by the definition: per enterprise and period due, no report of it. */
async function undrafted(db: Db, path: string, due: (typeof PERIODS)[number]['due']) {
  const values = sql.join(due.map(([k, p, end]) => sql`(${k}, ${p}, ${china(end)}::timestamptz)`));
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n
    from enterprise e
    join jurisdiction j on j.code = e.jurisdiction_code
    cross join (values ${values}) x(kind, period, period_end)
    where j.path like ${`${path}%`} and e.active and e.created_at < x.period_end
      and not exists (select 1 from report r where r.enterprise_id = e.id
        and r.kind = x.kind and r.period = x.period)`.execute(db);
  return rows[0]!.n;
}

async function expectFiguresAsDefined() {
  for (const { period, due } of PERIODS) {
    for (const [code, path] of [
      ['360700', '/360000/360700/'],
      ['360735', '/360000/360700/360735/'],
    ] as const) {
      const body = expectStatus(
        await t.api.get(
          `/v1/dashboard?jurisdiction=${code}&from=${period.from}&to=${period.to}`,
          w.users.cityAdmin.cookie,
        ),
        200,
      );
      const counted = (await expectedFigures(t.db, path, period)).reports;
      const missing = await undrafted(t.db, path, due);
      const label = `${code} ${period.from}..${period.to}`;
      expect(body.figures.reports, label).toEqual({
        due: counted.due + missing,
        late: counted.late + missing,
        unacknowledged: counted.unacknowledged,
      });
    }
  }
  const kept = await rollupRows(t.db);
  await refreshDashboardRollups(t.db);
  expect(await rollupRows(t.db)).toEqual(kept);
}

async function statisticsReport(
  enterpriseId: string,
  kind: 'quarterly' | 'annual',
  period: string,
  submitted: boolean,
) {
  const dueAt = china(kind === 'annual' ? '2026-01-31T23:59:59' : '2026-01-15T23:59:59');
  return db()
    .insertInto('report')
    .values({
      enterprise_id: enterpriseId,
      kind,
      hazard_id: null,
      period,
      state: submitted ? 'submitted' : 'draft',
      content: {},
      content_hash: submitted ? 'd'.repeat(64) : null,
      agency_id: w.agencies.home,
      due_at: dueAt,
      drafted_by: w.users.cityAdmin.userId,
      drafted_at: dueAt,
      submitted_by: submitted ? w.users.cityAdmin.userId : null,
      submitted_at: submitted ? dueAt : null,
    })
    .returning(['enterprise_id', 'id'])
    .executeTakeFirstOrThrow();
}
const db = () => t.db;
const setEnterprise = (
  id: string,
  values: { created_at?: Date; active?: boolean; jurisdiction_code?: string },
) => t.db.updateTable('enterprise').set(values).where('id', '=', id).execute();

const made: Record<string, string> = {};

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  await makeTown(t.db);
  // Registered long before, in the middle of 2025, on either side of 2025's end, and after it.
  const registered = {
    old: '2024-06-01T10:00:00',
    midYear: '2025-05-01T10:00:00',
    lastMinute: '2025-12-31T23:59:59',
    newYear: '2026-01-01T00:00:00',
    late: '2026-03-01T10:00:00',
  };
  for (const [name, at] of Object.entries(registered)) {
    for (const code of ['360735', '360735101', '360730']) {
      const { id } = await makeEnterprise(t.db, {
        jurisdictionCode: code,
        agencyId: w.agencies.home,
      });
      await setEnterprise(id, { created_at: china(at) });
      made[`${name}@${code}`] = id;
    }
  }
}, 60_000);
afterAll(() => t.drop());

describe('never-drafted statistics reports on the dashboard', () => {
  it('count every active enterprise registered before the period ended, less the reports it has', async () => {
    await expectFiguresAsDefined();
    const before = await undrafted(t.db, '/360000/360700/', PERIODS[0]!.due);
    expect(before).toBeGreaterThan(0);

    await statisticsReport(made['old@360735']!, 'quarterly', '2025Q4', true);
    await statisticsReport(made['old@360735']!, 'annual', '2025', false);
    await statisticsReport(made['lastMinute@360735101']!, 'quarterly', '2025Q4', false);
    // Registered after the period ended, it owed nothing: its report changes no figure.
    await statisticsReport(made['newYear@360730']!, 'quarterly', '2025Q4', true);
    await statisticsReport(made['midYear@360730']!, 'quarterly', '2025Q3', true);
    await expectFiguresAsDefined();
    expect(await undrafted(t.db, '/360000/360700/', PERIODS[0]!.due)).toBe(before - 3);
  });

  it('follow an enterprise deactivated, moved, re-dated and reactivated, and a draft deleted', async () => {
    await setEnterprise(made['old@360735']!, { active: false });
    await expectFiguresAsDefined();
    await setEnterprise(made['old@360735']!, { active: true, jurisdiction_code: '360730' });
    await expectFiguresAsDefined();
    // Re-dated across the period's end, both ways.
    await setEnterprise(made['lastMinute@360735101']!, {
      created_at: china('2026-01-01T00:00:00'),
    });
    await expectFiguresAsDefined();
    await setEnterprise(made['newYear@360730']!, { created_at: china('2025-12-31T23:59:59') });
    await expectFiguresAsDefined();
    const draft = await t.db
      .selectFrom('report')
      .select(['enterprise_id', 'id'])
      .where('kind', '=', 'annual')
      .where('state', '=', 'draft')
      .executeTakeFirstOrThrow();
    await t.db
      .deleteFrom('report')
      .where('enterprise_id', '=', draft.enterprise_id)
      .where('id', '=', draft.id)
      .execute();
    await expectFiguresAsDefined();
    // A new enterprise registered in 2025, straight into the town.
    const { id } = await makeEnterprise(t.db, {
      jurisdictionCode: '360735101',
      agencyId: w.agencies.home,
    });
    await setEnterprise(id, { created_at: china('2025-08-08T08:00:00') });
    await expectFiguresAsDefined();
  });
});

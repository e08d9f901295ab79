import type { Db } from '@shuangfang/db';
import { sql } from 'kysely';
import { chinaDay, chinaDayStart } from './dashboard-period.js';
import { rolloverDay } from './dashboard.repository.js';

// The dashboard's roll-ups are kept by triggers (migrations 2026_11_23_2330,
// 2026_12_07_1400_dashboard_statistics_rollups and 2026_12_07_1500_dashboard_hazard_days); this
// module holds the two writes that are not: the recompute, and the daily rollover of "past due".

/**
 * Recomputes every roll-up from the rows (the dashboard_refresh* functions in SQL), for a bulk
 * load that bypassed (or disabled) the triggers, and to check the triggers. Writers of the counted
 * tables wait while it runs (SHARE lock), so nothing is counted twice or missed.
 */
export async function refreshDashboardRollups(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`lock table hazard, enterprise, report, report_acknowledgement in share mode`.execute(
      trx,
    );
    await sql`select dashboard_refresh(), dashboard_refresh_statistics(),
      dashboard_refresh_hazard_days()`.execute(trx);
  });
}

/**
 * The sweep: moves the rollover day to `now`'s China day, and the open hazards whose deadline lies
 * between the old and the new day into (or, for an earlier `now`, out of) the past-due count.
 * Hazard writers wait meanwhile (their trigger files each hazard by the rollover day), as does an
 * enterprise moving jurisdiction. The dashboard is exact without it; it keeps the exact part small.
 */
export async function rollDashboardDay(db: Db, now: Date): Promise<void> {
  const day = chinaDay(now);
  // Run every minute, it changes something once a day: only then does it take the locks.
  if ((await rolloverDay(db)) === day) return;
  await db.transaction().execute(async (trx) => {
    await sql`lock table hazard in share row exclusive mode`.execute(trx);
    const from = await rolloverDay(trx, { forUpdate: true });
    if (from === day) return;
    const forward = from < day;
    const [first, last] = forward ? [from, day] : [day, from];
    const toPastDue = forward ? 1 : -1;
    await sql`insert into dashboard_open_hazards as r
        (jurisdiction_code, state, major, past_due, hazards)
      select e.jurisdiction_code, h.state, coalesce(h.grade = '重大', false), v.past_due,
             count(*) * v.n
      from hazard h
      join enterprise e on e.id = h.enterprise_id
      cross join (values (true, ${toPastDue}::int), (false, ${-toPastDue}::int)) v(past_due, n)
      where h.state in ('reported', 'rectifying', 'awaiting_acceptance')
        and h.deadline >= ${chinaDayStart(first)} and h.deadline < ${chinaDayStart(last)}
      group by 1, 2, 3, 4, v.n
      order by 1, 2, 3, 4
      on conflict (jurisdiction_code, state, major, past_due)
      do update set hazards = r.hazards + excluded.hazards`.execute(trx);
    await trx.updateTable('dashboard_rollover').set({ day }).execute();
  });
}

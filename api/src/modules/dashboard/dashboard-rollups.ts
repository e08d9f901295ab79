import type { Db } from '@shuangfang/db';
import { sql } from 'kysely';

/**
 * Recomputes the dashboard's roll-ups from the hazards and enterprises, in SQL, for a bulk load
 * that bypassed (or disabled) the triggers, and to check the triggers. Writers of hazards and
 * enterprises wait while it runs (SHARE lock), so nothing is counted twice or missed.
 */
export async function refreshDashboardRollups(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`lock table hazard, enterprise in share mode`.execute(trx);
    await sql`delete from dashboard_open_hazards`.execute(trx);
    await sql`delete from dashboard_closed_hazards`.execute(trx);
    await sql`delete from dashboard_enterprises`.execute(trx);
    await sql`insert into dashboard_open_hazards
        (jurisdiction_code, state, major, deadline_day, hazards)
      select e.jurisdiction_code, h.state, coalesce(h.grade = '重大', false),
             coalesce(dashboard_day(h.deadline), 'infinity'::date), count(*)
      from hazard h join enterprise e on e.id = h.enterprise_id
      where h.state in ('reported', 'rectifying', 'awaiting_acceptance')
      group by 1, 2, 3, 4`.execute(trx);
    await sql`insert into dashboard_closed_hazards (jurisdiction_code, closed_day, hazards)
      select e.jurisdiction_code, dashboard_day(h.closed_at), count(*)
      from hazard h join enterprise e on e.id = h.enterprise_id
      where h.closed_at is not null
      group by 1, 2`.execute(trx);
    await sql`insert into dashboard_enterprises (jurisdiction_code, industry, risk_level,
        standardization_level, credit_status, enterprises)
      select jurisdiction_code, industry, coalesce(risk_level, ''),
             coalesce(standardization_level, ''), credit_status, count(*)
      from enterprise where active
      group by 1, 2, 3, 4, 5`.execute(trx);
  });
}

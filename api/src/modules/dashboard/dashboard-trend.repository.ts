import type { Executor } from '@shuangfang/db';
import { sql } from 'kysely';
import { pathUnder } from '../../auth/scope.js';

// The jurisdiction's hazard trend by China-time week (Monday first): opened, closed, and overdue
// at each week's end. Opened and overdue read the subtree's hazards of the last weeks through
// their enterprise; closed comes from the closure roll-up the dashboard already keeps.

const chinaWeek = (column: string) =>
  sql<string>`to_char(date_trunc('week', ${sql.ref(column)} at time zone 'Asia/Shanghai'), 'YYYY-MM-DD')`;

/** Hazards registered since `since`, per week (keyed by the Monday). */
export async function openedPerWeek(db: Executor, path: string, since: Date) {
  const week = chinaWeek('h.created_at');
  const rows = await db
    .selectFrom('hazard as h')
    .innerJoin('enterprise as e', 'e.id', 'h.enterprise_id')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .where(pathUnder('j.path', path))
    .where('h.created_at', '>=', since)
    .select([week.as('week'), sql<number>`count(*)::int`.as('n')])
    .groupBy(week)
    .execute();
  return new Map(rows.map((r) => [r.week, r.n]));
}

/** Hazards closed from `fromDay` on, per week, from the daily closure roll-up. */
export async function closedPerWeek(db: Executor, path: string, fromDay: string) {
  const week = sql<string>`to_char(date_trunc('week', d.closed_day), 'YYYY-MM-DD')`;
  const rows = await db
    .selectFrom('dashboard_closed_hazards as d')
    .innerJoin('jurisdiction as j', 'j.code', 'd.jurisdiction_code')
    .where(pathUnder('j.path', path))
    .where(sql<boolean>`d.closed_day >= ${fromDay}::date`)
    .select([week.as('week'), sql<number>`coalesce(sum(d.hazards), 0)::int`.as('n')])
    .groupBy(week)
    .execute();
  return new Map(rows.map((r) => [r.week, r.n]));
}

/**
 * Hazards overdue at each instant of `ends`: registered before it, deadline passed, and not
 * closed by then. Rejected reports never were hazards to rectify. A deadline later extended
 * counts with its current value: the extension history is not replayed for a trend.
 */
export async function overdueAt(db: Executor, path: string, ends: Date[]) {
  if (ends.length === 0) return [];
  const at = sql.join(ends.map((end, i) => sql`(${i}::int, ${end}::timestamptz)`));
  const { rows } = await sql<{ i: number; n: number }>`
    select w.i, count(*)::int as n
    from hazard h
    join enterprise e on e.id = h.enterprise_id
    join jurisdiction j on j.code = e.jurisdiction_code
    join (values ${at}) as w(i, at) on h.deadline < w.at and h.created_at < w.at
    where ${pathUnder('j.path', path)}
      and h.state <> 'rejected'
      and h.deadline < ${ends[ends.length - 1]}::timestamptz
      and (h.closed_at is null or h.closed_at >= w.at)
    group by w.i`.execute(db);
  const counts = ends.map(() => 0);
  for (const r of rows) counts[r.i] = r.n;
  return counts;
}

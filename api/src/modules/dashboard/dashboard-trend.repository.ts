import type { Executor } from '@shuangfang/db';
import { sql } from 'kysely';
import { pathUnder } from '../../auth/scope.js';

// The jurisdiction's hazard trend by China-time week (Monday first), from the day roll-ups:
// opened and overdue from dashboard_hazard_days (migration 2026_12_07_1500), closed from the
// closure roll-up the dashboard already keeps. A province reads a few thousand rows however many
// hazards it holds.

const chinaWeek = (column: string) =>
  sql<string>`to_char(date_trunc('week', ${sql.ref(column)}), 'YYYY-MM-DD')`;

/** Hazards registered from `fromDay` on, per week (keyed by the Monday). */
export async function openedPerWeek(db: Executor, path: string, fromDay: string) {
  const week = chinaWeek('d.day');
  const rows = await db
    .selectFrom('dashboard_hazard_days as d')
    .innerJoin('jurisdiction as j', 'j.code', 'd.jurisdiction_code')
    .where(pathUnder('j.path', path))
    .where(sql<boolean>`d.day >= ${fromDay}::date`)
    .where('d.opened', '<>', 0)
    .select([week.as('week'), sql<number>`coalesce(sum(d.opened), 0)::int`.as('n')])
    .groupBy(week)
    .execute();
  return new Map(rows.map((r) => [r.week, r.n]));
}

/** Hazards closed from `fromDay` on, per week, from the daily closure roll-up. */
export async function closedPerWeek(db: Executor, path: string, fromDay: string) {
  const week = chinaWeek('d.closed_day');
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
 * For each China day in `days` (ascending): how many hazards began being overdue on that day or
 * later but no later than `today`, less how many stopped (were closed) on or after it. The
 * overdue count at that day's first instant is the count now less this, plus `dueLaterToday`
 * (counted in today's row before its time).
 */
export async function overdueChangeSince(
  db: Executor,
  path: string,
  days: string[],
  today: string,
) {
  if (days.length === 0) return [];
  const at = sql.join(days.map((day, i) => sql`(${i}::int, ${day}::date)`));
  const { rows } = await sql<{ i: number; n: number }>`
    select w.i, coalesce(sum(
      case when d.day <= ${today}::date then d.overdue_began else 0 end - d.overdue_ended), 0)::int as n
    from dashboard_hazard_days d
    join jurisdiction j on j.code = d.jurisdiction_code
    join (values ${at}) as w(i, day) on d.day >= w.day
    where ${pathUnder('j.path', path)} and d.day >= ${days[0]}::date
      and (d.overdue_began <> 0 or d.overdue_ended <> 0)
    group by w.i`.execute(db);
  const changes = days.map(() => 0);
  for (const r of rows) changes[r.i] = r.n;
  return changes;
}

/**
 * Open hazards of the subtree whose deadline lies from `now` to the end of today: counted in
 * today's `overdue_began` although they are not overdue yet (few; the partial deadline index).
 */
export async function dueLaterToday(db: Executor, path: string, now: Date, tomorrowStart: Date) {
  const row = await db
    .selectFrom('hazard as h')
    .innerJoin('jurisdiction as j', 'j.code', 'h.jurisdiction_code')
    .where(pathUnder('j.path', path))
    .where('h.state', 'in', ['reported', 'rectifying', 'awaiting_acceptance'])
    .where('h.deadline', '>=', now)
    .where('h.deadline', '<', tomorrowStart)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

import type { Executor } from '@shuangfang/db';
import { sql, type AliasedExpression, type RawBuilder } from 'kysely';
import { pathUnder } from '../../auth/scope.js';
import { publicationOverdue } from '../inspections/inspections.repository.js';

// Every figure of a subtree, grouped by bucket: the child jurisdiction a row lies under, or ''
// for rows of the jurisdiction itself. Hazard, report and enterprise figures come from the
// roll-ups (a few rows per jurisdiction, and per day for closures and reports), the rest from
// small tables through their indexes. No query reads the subtree's hazards or reports, except
// the few whose deadline passed since the rollover day (normally today's).

const OPEN_STATES = ['reported', 'rectifying', 'awaiting_acceptance'] as const;

/** The child code under `path` of a jurisdiction `j`: '' for `path` itself. */
const bucketUnder = (path: string): RawBuilder<string> =>
  sql<string>`split_part(substr(j.path, ${sql.lit(path.length + 1)}), '/', 1)`;

const total = (column: RawBuilder<unknown> | string) =>
  sql<number>`coalesce(sum(${typeof column === 'string' ? sql.ref(column) : column}), 0)::int`;

/** The enterprise's jurisdiction, read by its key for each row counted: a join would read all of
 * a province's enterprises to count a few hundred rows. Hazards, supervisions and certificates
 * carry it themselves (kept by triggers). */
const jurisdictionOf = (enterpriseId: string) =>
  sql<string>`(select e.jurisdiction_code from enterprise e where e.id = ${sql.ref(enterpriseId)})`;

/** Per-jurisdiction counts (`code`, `n`) summed into the buckets under `path`. */
function bucketed(
  db: Executor,
  path: string,
  perJurisdiction: AliasedExpression<{ code: string; n: number }, 'x'>,
) {
  const bucket = bucketUnder(path);
  return db
    .selectFrom(perJurisdiction)
    .innerJoin('jurisdiction as j', 'j.code', 'x.code')
    .where(pathUnder('j.path', path))
    .select([bucket.as('bucket'), total('x.n').as('n')])
    .groupBy(bucket)
    .execute();
}

/**
 * Plans the rest of the transaction's queries for their values. A prepared statement is planned
 * generically after a few runs, blind to the subtree's path prefix and the period's days, and the
 * roll-ups' generic plans cost 10–20 times their custom ones at province scale (P2 in
 * docs/performance.md). Parsing is still saved; planning these few queries costs well under 1 ms.
 */
export async function planForValues(trx: Executor): Promise<void> {
  await sql`set local plan_cache_mode = force_custom_plan`.execute(trx);
}

/** Active enterprises per dimension (industry, risk_level, standardization_level, credit_status). */
export function enterpriseCounts(db: Executor, path: string) {
  const bucket = bucketUnder(path);
  return db
    .selectFrom('dashboard_enterprises as d')
    .innerJoin('jurisdiction as j', 'j.code', 'd.jurisdiction_code')
    .where(pathUnder('j.path', path))
    .select([bucket.as('bucket'), 'd.dimension', 'd.value', total('d.enterprises').as('n')])
    .groupBy([bucket, 'd.dimension', 'd.value'])
    .execute();
}

/** Open, major open, and past due (a deadline before the rollover day). */
export function openHazardCounts(db: Executor, path: string) {
  const bucket = bucketUnder(path);
  return db
    .selectFrom('dashboard_open_hazards as d')
    .innerJoin('jurisdiction as j', 'j.code', 'd.jurisdiction_code')
    .where(pathUnder('j.path', path))
    .select([
      bucket.as('bucket'),
      total('d.hazards').as('open'),
      sql<number>`coalesce(sum(d.hazards) filter (where d.major), 0)::int`.as('major'),
      sql<number>`coalesce(sum(d.hazards) filter (where d.past_due), 0)::int`.as('pastDue'),
    ])
    .groupBy(bucket)
    .execute();
}

/** The China day before which the roll-up counts an open hazard's deadline as past. */
export async function rolloverDay(db: Executor, { forUpdate = false } = {}) {
  const row = await db
    .selectFrom('dashboard_rollover')
    .select(sql<string>`day::text`.as('day'))
    .$if(forUpdate, (q) => q.forUpdate())
    .executeTakeFirstOrThrow();
  return row.day;
}

/**
 * What turns the roll-up's past due into overdue at `now`, counted exactly: +1 for each open
 * hazard whose deadline lies from the rollover day's start up to `now` (normally today's passed
 * deadlines), -1 for each from `now` up to the rollover day's start (when `now` is earlier).
 */
export function overdueCorrections(db: Executor, path: string, rolloverStart: Date, now: Date) {
  const [first, last] = rolloverStart <= now ? [rolloverStart, now] : [now, rolloverStart];
  return bucketed(
    db,
    path,
    db
      .selectFrom('hazard as h')
      .where('h.state', 'in', OPEN_STATES)
      .where('h.deadline', '>=', first)
      .where('h.deadline', '<', last)
      .select([
        'h.jurisdiction_code as code',
        sql<number>`sum(case when h.deadline < ${now} then 1 else -1 end)::int`.as('n'),
      ])
      .groupBy('h.jurisdiction_code')
      .as('x'),
  );
}

export function closedCounts(db: Executor, path: string, from: string, to: string) {
  const bucket = bucketUnder(path);
  return db
    .selectFrom('dashboard_closed_hazards as d')
    .innerJoin('jurisdiction as j', 'j.code', 'd.jurisdiction_code')
    .where(pathUnder('j.path', path))
    .where(sql<boolean>`d.closed_day between ${from}::date and ${to}::date`)
    .select([bucket.as('bucket'), total('d.hazards').as('n')])
    .groupBy(bucket)
    .execute();
}

export function supervisedCounts(db: Executor, path: string) {
  return bucketed(
    db,
    path,
    db
      .selectFrom('hazard_supervision as s')
      .where('s.state', '=', 'listed')
      .select(['s.jurisdiction_code as code', sql<number>`count(*)::int`.as('n')])
      .groupBy('s.jurisdiction_code')
      .as('x'),
  );
}

/** 双随机 results past their publication deadline, by the inspected enterprise's jurisdiction. */
export function overduePublicationCounts(db: Executor, path: string, now: Date) {
  return bucketed(
    db,
    path,
    db
      .selectFrom('inspection as n')
      .where(publicationOverdue(now))
      .select([jurisdictionOf('n.enterprise_id').as('code'), sql<number>`count(*)::int`.as('n')])
      .groupBy(sql`1`)
      .as('x'),
  );
}

/**
 * Dual-report compliance from the roll-up, by whole days. Due: reports whose due day is in the
 * period, and drafts past their due day. Late: submitted after due_at, or a draft past its due
 * day. Unacknowledged: submitted, without the agency's receipt. A draft due earlier today is
 * late only from its due time on: `draftsDueToday` counts those exactly.
 */
export function reportCounts(db: Executor, path: string, from: string, to: string, today: string) {
  const bucket = bucketUnder(path);
  const inPeriod = sql<boolean>`d.due_day between ${from}::date and ${to}::date`;
  const pastDueDraft = sql<boolean>`d.state = 'draft' and d.due_day < ${today}::date`;
  const sumWhere = (condition: RawBuilder<boolean>) =>
    sql<number>`coalesce(sum(d.reports) filter (where ${condition}), 0)::int`;
  return db
    .selectFrom('dashboard_reports as d')
    .innerJoin('jurisdiction as j', 'j.code', 'd.jurisdiction_code')
    .where(pathUnder('j.path', path))
    .where(sql<boolean>`((${inPeriod}) or (${pastDueDraft}))`)
    .select([
      bucket.as('bucket'),
      sumWhere(sql`(${inPeriod}) or (${pastDueDraft})`).as('due'),
      sumWhere(sql`(${inPeriod} and d.submitted_late) or (${pastDueDraft})`).as('late'),
      sumWhere(sql`${inPeriod} and d.state = 'submitted' and not d.acknowledged`).as(
        'unacknowledged',
      ),
    ])
    .groupBy(bucket)
    .execute();
}

/** Drafts due between the start of today and `now`: late from their due time on. */
export function draftsDueToday(db: Executor, path: string, todayStart: Date, now: Date) {
  return bucketed(
    db,
    path,
    db
      .selectFrom('report as r')
      .where('r.state', '=', 'draft')
      .where('r.due_at', '>=', todayStart)
      .where('r.due_at', '<', now)
      .select([jurisdictionOf('r.enterprise_id').as('code'), sql<number>`count(*)::int`.as('n')])
      .groupBy(sql`1`)
      .as('x'),
  );
}

/**
 * Statistics reports due (`due`: kind, period, the period's end) and never drafted, per bucket:
 * the active enterprises registered before each period ended, less those with a report of it,
 * both from roll-ups (migration 2026_12_07_1400_dashboard_statistics_rollups). A period ends on a
 * quarter's first China day, so "registered before the end" is "registered in an earlier quarter".
 */
export async function undraftedPeriodicCounts(
  db: Executor,
  path: string,
  due: { kind: 'quarterly' | 'annual'; period: string; to: Date }[],
) {
  if (due.length === 0) return [];
  const ends = sql.join(due.map((d) => sql`(dashboard_day(${d.to}::timestamptz))`));
  const periods = sql.join(due.map((d) => sql`(${d.kind}, ${d.period})`));
  const perJurisdiction = sql<{ code: string; n: number }>`(
    select q.jurisdiction_code as code, sum(q.enterprises) as n
    from dashboard_enterprise_quarters q
    join (values ${ends}) x(period_end) on q.registered_quarter < x.period_end
    group by 1
    union all
    select s.jurisdiction_code, -sum(s.reports)
    from dashboard_statistics_reports s
    join (values ${periods}) x(kind, period) on s.kind = x.kind and s.period = x.period
    group by 1)`;
  return bucketed(db, path, perJurisdiction.as('x'));
}

/** Active certificates whose last valid day is between `from` and `to` (inclusive). */
export function expiringCounts(db: Executor, path: string, from: string, to: string) {
  return bucketed(
    db,
    path,
    db
      .selectFrom('standardization_certificate as c')
      .where('c.state', '=', 'active')
      .where(sql<boolean>`c.valid_to between ${from}::date and ${to}::date`)
      .select(['c.jurisdiction_code as code', sql<number>`count(*)::int`.as('n')])
      .groupBy('c.jurisdiction_code')
      .as('x'),
  );
}

export function findJurisdictions(db: Executor, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('jurisdiction')
    .select(['code', 'name', 'level', 'path'])
    .where('code', 'in', codes)
    .execute();
}

export function findChildren(db: Executor, code: string) {
  return db
    .selectFrom('jurisdiction')
    .select(['code', 'name', 'level'])
    .where('parent_code', '=', code)
    .orderBy('code')
    .execute();
}

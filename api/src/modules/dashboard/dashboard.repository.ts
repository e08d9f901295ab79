import type { Executor } from '@shuangfang/db';
import { sql, type RawBuilder } from 'kysely';
import { likePrefix } from '../../auth/scope.js';
import { publicationOverdue } from '../inspections/inspections.repository.js';
import { late, missingAck } from '../reports/reports.repository.js';

// Every figure of a subtree, grouped by bucket: the child jurisdiction a row lies under, or ''
// for rows of the jurisdiction itself. Hazard figures come from the roll-ups (a few rows per
// jurisdiction and day), the rest from small tables through their indexes; no query reads the
// subtree's hazards except today's deadlines.

const OPEN_STATES = ['reported', 'rectifying', 'awaiting_acceptance'] as const;

/** The child code under `path` of a jurisdiction `j`: '' for `path` itself. */
const bucketUnder = (path: string): RawBuilder<string> =>
  sql<string>`split_part(substr(j.path, ${sql.lit(path.length + 1)}), '/', 1)`;

const total = (column: RawBuilder<unknown> | string) =>
  sql<number>`coalesce(sum(${typeof column === 'string' ? sql.ref(column) : column}), 0)::int`;

export function enterpriseCounts(db: Executor, path: string) {
  const bucket = bucketUnder(path);
  return db
    .selectFrom('dashboard_enterprises as d')
    .innerJoin('jurisdiction as j', 'j.code', 'd.jurisdiction_code')
    .where('j.path', 'like', likePrefix(path))
    .select([
      bucket.as('bucket'),
      'd.industry',
      'd.risk_level',
      'd.standardization_level',
      'd.credit_status',
      total('d.enterprises').as('n'),
    ])
    .groupBy([bucket, 'd.industry', 'd.risk_level', 'd.standardization_level', 'd.credit_status'])
    .execute();
}

/** Open, major open, and overdue by a deadline day before `today`. */
export function openHazardCounts(db: Executor, path: string, today: string) {
  const bucket = bucketUnder(path);
  return db
    .selectFrom('dashboard_open_hazards as d')
    .innerJoin('jurisdiction as j', 'j.code', 'd.jurisdiction_code')
    .where('j.path', 'like', likePrefix(path))
    .select([
      bucket.as('bucket'),
      total('d.hazards').as('open'),
      sql<number>`coalesce(sum(d.hazards) filter (where d.major), 0)::int`.as('major'),
      sql<number>`coalesce(sum(d.hazards) filter (where d.deadline_day < ${today}::date), 0)::int`.as(
        'overdue',
      ),
    ])
    .groupBy(bucket)
    .execute();
}

/** Open hazards whose deadline is today and already passed: counted exactly. */
export function overdueTodayCounts(db: Executor, path: string, todayStart: Date, now: Date) {
  const bucket = bucketUnder(path);
  return db
    .selectFrom('hazard as h')
    .innerJoin('enterprise as e', 'e.id', 'h.enterprise_id')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .where('j.path', 'like', likePrefix(path))
    .where('h.state', 'in', OPEN_STATES)
    .where('h.deadline', '>=', todayStart)
    .where('h.deadline', '<', now)
    .select([bucket.as('bucket'), sql<number>`count(*)::int`.as('n')])
    .groupBy(bucket)
    .execute();
}

export function closedCounts(db: Executor, path: string, from: string, to: string) {
  const bucket = bucketUnder(path);
  return db
    .selectFrom('dashboard_closed_hazards as d')
    .innerJoin('jurisdiction as j', 'j.code', 'd.jurisdiction_code')
    .where('j.path', 'like', likePrefix(path))
    .where(sql<boolean>`d.closed_day between ${from}::date and ${to}::date`)
    .select([bucket.as('bucket'), total('d.hazards').as('n')])
    .groupBy(bucket)
    .execute();
}

export function supervisedCounts(db: Executor, path: string) {
  const bucket = bucketUnder(path);
  return db
    .selectFrom('hazard_supervision as s')
    .innerJoin('enterprise as e', 'e.id', 's.enterprise_id')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .where('j.path', 'like', likePrefix(path))
    .where('s.state', '=', 'listed')
    .select([bucket.as('bucket'), sql<number>`count(*)::int`.as('n')])
    .groupBy(bucket)
    .execute();
}

/** 双随机 results past their publication deadline, by the inspected enterprise's jurisdiction. */
export function overduePublicationCounts(db: Executor, path: string, now: Date) {
  const bucket = bucketUnder(path);
  return db
    .selectFrom('inspection as n')
    .innerJoin('enterprise as e', 'e.id', 'n.enterprise_id')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .where('j.path', 'like', likePrefix(path))
    .where(publicationOverdue(now))
    .select([bucket.as('bucket'), sql<number>`count(*)::int`.as('n')])
    .groupBy(bucket)
    .execute();
}

/**
 * Due: reports whose deadline falls in the period, and drafts already past their deadline.
 * Late and unacknowledged (by the agency) use the reports module's own definitions.
 * The two sets are read apart and appended (they do not overlap), so that the period's reports
 * come from dashboard_report_due_cover alone (an index-only scan); an OR of both reads the table.
 */
export function reportCounts(db: Executor, path: string, start: Date, end: Date) {
  const bucket = bucketUnder(path);
  const columns = ['enterprise_id', 'id', 'state', 'submitted_at', 'due_at'] as const;
  const inPeriod = sql<boolean>`due_at >= ${start} and due_at < ${end}`;
  const reports = db
    .selectFrom('report')
    .select(columns)
    .where(inPeriod)
    .unionAll(
      db
        .selectFrom('report')
        .select(columns)
        .where('state', '=', 'draft')
        .where('due_at', '<', sql<Date>`now()`)
        .where(sql<boolean>`not (${inPeriod})`),
    );
  return db
    .selectFrom(reports.as('r'))
    .innerJoin('enterprise as e', 'e.id', 'r.enterprise_id')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .where('j.path', 'like', likePrefix(path))
    .select([
      bucket.as('bucket'),
      sql<number>`count(*)::int`.as('due'),
      sql<number>`(count(*) filter (where ${late}))::int`.as('late'),
      sql<number>`(count(*) filter (where r.state = 'submitted' and ${missingAck('agency')}))::int`.as(
        'unacknowledged',
      ),
    ])
    .groupBy(bucket)
    .execute();
}

/** Active certificates whose last valid day is between `from` and `to` (inclusive). */
export function expiringCounts(db: Executor, path: string, from: string, to: string) {
  const bucket = bucketUnder(path);
  return db
    .selectFrom('standardization_certificate as c')
    .innerJoin('enterprise as e', 'e.id', 'c.enterprise_id')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .where('j.path', 'like', likePrefix(path))
    .where('c.state', '=', 'active')
    .where(sql<boolean>`c.valid_to between ${from}::date and ${to}::date`)
    .select([bucket.as('bucket'), sql<number>`count(*)::int`.as('n')])
    .groupBy(bucket)
    .execute();
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

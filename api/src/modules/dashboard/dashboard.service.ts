import type { Db, Executor, JurisdictionLevel } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { codesAlong, pathCovers, requireJurisdictionInScope } from '../../auth/scope.js';
import { invalid } from '../../lib/errors.js';
import {
  addCounts,
  addEnterprises,
  emptyCounts,
  toFigures,
  type Counts,
} from './dashboard-figures.js';
import { addDays, chinaDay, chinaDayStart, resolvePeriod } from './dashboard-period.js';
import { periodsDueBetween } from '../reports/report-calendar.js';
import * as repo from './dashboard.repository.js';
import type { Dashboard } from './dashboard.schemas.js';

// The jurisdiction dashboard: the figures of a subtree and of each child.
// Out of the caller's subtree is 404 (scope.ts). All figures are read in one snapshot.

const EXPIRY_WINDOW_DAYS = 90;

interface DashboardQuery {
  jurisdiction?: string;
  from?: string;
  to?: string;
}

export async function getDashboard(
  db: Db,
  m: ActingMembership,
  q: DashboardQuery,
  now = new Date(),
): Promise<Dashboard> {
  const code = q.jurisdiction ?? m.jurisdictionCode;
  if (!code) throw invalid('jurisdiction', '请指定行政区划');
  const period = resolvePeriod(now, q.from, q.to);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await repo.planForValues(trx);
      const place = await requireJurisdictionInScope(trx, m, code);
      const buckets = await bucketCounts(trx, place.path, period, now);
      const children = await repo.findChildren(trx, place.code);
      const totals = emptyCounts();
      for (const counts of buckets.values()) addCounts(totals, counts);
      return {
        jurisdiction: {
          code: place.code,
          name: place.name,
          level: place.level as JurisdictionLevel,
        },
        breadcrumb: await breadcrumb(trx, m, place.path),
        period: { from: period.from, to: period.to },
        asOf: now.toISOString(),
        figures: toFigures(totals),
        children: children.map((child) => ({
          ...child,
          figures: toFigures(buckets.get(child.code) ?? emptyCounts()),
        })),
      };
    });
}

/** The counters per bucket: each child's code, and '' for the jurisdiction's own rows. */
async function bucketCounts(
  db: Executor,
  path: string,
  period: ReturnType<typeof resolvePeriod>,
  now: Date,
) {
  const buckets = new Map<string, Counts>();
  const at = (bucket: string) => {
    let c = buckets.get(bucket);
    if (!c) buckets.set(bucket, (c = emptyCounts()));
    return c;
  };
  const today = chinaDay(now);
  const todayInPeriod = period.from <= today && today <= period.to;
  const undrafted = periodsDueBetween(period.from, period.to, now);
  const lastDay = addDays(today, EXPIRY_WINDOW_DAYS);
  // Sent together: postgres.js pipelines them on the transaction's connection, so the figures
  // cost about one round trip instead of one each (P2 in docs/performance.md).
  const [
    enterprises,
    open,
    corrections,
    closed,
    supervised,
    publications,
    reports,
    draftsToday,
    undraftedRows,
    expiring,
  ] = await Promise.all([
    repo.enterpriseCounts(db, path),
    repo.openHazardCounts(db, path),
    repo.rolloverDay(db).then((day) => repo.overdueCorrections(db, path, chinaDayStart(day), now)),
    repo.closedCounts(db, path, period.from, period.to),
    repo.supervisedCounts(db, path),
    repo.overduePublicationCounts(db, path, now),
    repo.reportCounts(db, path, period.from, period.to, today),
    repo.draftsDueToday(db, path, chinaDayStart(today), now),
    repo.undraftedPeriodicCounts(db, path, undrafted),
    repo.expiringCounts(db, path, today, lastDay),
  ]);

  for (const row of enterprises) addEnterprises(at(row.bucket), row.dimension, row.value, row.n);
  for (const row of open) {
    const c = at(row.bucket);
    c.open += row.open;
    c.majorOpen += row.major;
    c.overdue += row.pastDue;
  }
  for (const row of corrections) at(row.bucket).overdue += row.n;
  for (const row of closed) at(row.bucket).closed += row.n;
  for (const row of supervised) at(row.bucket).supervised += row.n;
  for (const row of publications) at(row.bucket).overduePublications += row.n;
  for (const row of reports) {
    const c = at(row.bucket);
    c.due += row.due;
    c.late += row.late;
    c.unacknowledged += row.unacknowledged;
  }
  // Drafts due earlier today: late now; due in any case when today is in the period (the
  // roll-up counted them), and added to the due ones when it is not.
  for (const row of draftsToday) {
    const c = at(row.bucket);
    c.late += row.n;
    if (!todayInPeriod) c.due += row.n;
  }
  // Statistics reports due in the period and never drafted: due, and late (docs/domain.md
  // section 3), counted from what each enterprise should have sent.
  for (const row of undraftedRows) {
    const c = at(row.bucket);
    c.due += row.n;
    c.late += row.n;
  }
  for (const row of expiring) at(row.bucket).expiring += row.n;
  return buckets;
}

/** The ancestors the caller may open, from the top of its scope down to the jurisdiction. */
async function breadcrumb(db: Executor, m: ActingMembership, path: string) {
  const codes = codesAlong(path);
  const rows = await repo.findJurisdictions(db, codes);
  return codes
    .map((code) => rows.find((r) => r.code === code))
    .filter((r) => r !== undefined)
    .filter((r) => m.role === 'platform_admin' || pathCovers(m.jurisdictionPath ?? '\0', r.path))
    .map((r) => ({ code: r.code, name: r.name, level: r.level }));
}

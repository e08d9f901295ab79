import type { Db, Executor } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { requireJurisdictionInScope } from '../../auth/scope.js';
import { invalid } from '../../lib/errors.js';
import { addDays, chinaDay, chinaDayStart, mondayOf } from './dashboard-period.js';
import * as repo from './dashboard-trend.repository.js';
import {
  openHazardCounts,
  overdueCorrections,
  planForValues,
  rolloverDay,
} from './dashboard.repository.js';
import type { HazardTrend } from './dashboard.schemas.js';

// The jurisdiction's hazards week by week (China-time weeks, Monday first), the last 12 up to
// this week: how many were registered, closed, and overdue at the week's end (now, for this week).
// Overdue at a past week's end is the dashboard's exact count now, less the hazards that became
// overdue since, plus those closed since (migration 2026_12_07_1500_dashboard_hazard_days). A
// deadline later extended counts with its current value: the extension history is not replayed.

const WEEKS = 12;

export async function getHazardTrend(
  db: Db,
  m: ActingMembership,
  q: { jurisdiction?: string },
  now = new Date(),
): Promise<HazardTrend> {
  const code = q.jurisdiction ?? m.jurisdictionCode;
  if (!code) throw invalid('jurisdiction', '请指定行政区划');
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await planForValues(trx);
      const place = await requireJurisdictionInScope(trx, m, code);
      const first = addDays(mondayOf(chinaDay(now)), -7 * (WEEKS - 1));
      const weeks = Array.from({ length: WEEKS }, (_, i) => addDays(first, 7 * i));
      const today = chinaDay(now);
      // Each past week is counted at the first instant of the next Monday; this week, now.
      const nextMondays = weeks.slice(0, -1).map((w) => addDays(w, 7));
      const [opened, closed, overdueNow, changes, dueLater] = await Promise.all([
        repo.openedPerWeek(trx, place.path, first),
        repo.closedPerWeek(trx, place.path, first),
        overdueCount(trx, place.path, now),
        repo.overdueChangeSince(trx, place.path, nextMondays, today),
        repo.dueLaterToday(trx, place.path, now, chinaDayStart(addDays(today, 1))),
      ]);
      const overdue = [...changes.map((change) => overdueNow - change + dueLater), overdueNow];
      return {
        jurisdiction: { code: place.code, name: place.name },
        weeks: weeks.map((week, i) => ({
          week,
          opened: opened.get(week) ?? 0,
          closed: closed.get(week) ?? 0,
          overdue: overdue[i] ?? 0,
        })),
      };
    });
}

/** Open hazards of the subtree past their deadline now, as the dashboard counts them. */
async function overdueCount(db: Executor, path: string, now: Date) {
  const rolloverStart = chinaDayStart(await rolloverDay(db));
  const [open, corrections] = await Promise.all([
    openHazardCounts(db, path),
    overdueCorrections(db, path, rolloverStart, now),
  ]);
  return open.reduce((n, row) => n + row.pastDue, 0) + corrections.reduce((n, row) => n + row.n, 0);
}

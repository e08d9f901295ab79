import type { Db } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { requireJurisdictionInScope } from '../../auth/scope.js';
import { invalid } from '../../lib/errors.js';
import { addDays, chinaDay, chinaDayStart, mondayOf } from './dashboard-period.js';
import * as repo from './dashboard-trend.repository.js';
import type { HazardTrend } from './dashboard.schemas.js';

// The jurisdiction's hazards week by week (China-time weeks, Monday first), the last 12 up to
// this week: how many were registered, closed, and overdue at the week's end (now, for this week).

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
      const place = await requireJurisdictionInScope(trx, m, code);
      const first = addDays(mondayOf(chinaDay(now)), -7 * (WEEKS - 1));
      const weeks = Array.from({ length: WEEKS }, (_, i) => addDays(first, 7 * i));
      const ends = weeks.map((w) => {
        const end = chinaDayStart(addDays(w, 7));
        return end < now ? end : now;
      });
      const [opened, closed, overdue] = await Promise.all([
        repo.openedPerWeek(trx, place.path, chinaDayStart(first)),
        repo.closedPerWeek(trx, place.path, first),
        repo.overdueAt(trx, place.path, ends),
      ]);
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

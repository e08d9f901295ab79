import type { Db } from '@shuangfang/db';
import { sweepRateLimits } from './auth/rate-limit.js';
import { sweepStandardization } from './modules/standardization/certificates.service.js';
import { sweepBlacklist } from './modules/blacklist/blacklist.sweep.js';
import { rollDashboardDay } from './modules/dashboard/dashboard-rollups.js';
import { sweepIdempotencyKeys } from './modules/idempotency/idempotency.service.js';
import { produceReminders } from './modules/notifications/reminders.sweep.js';
import { sweepDeliveryHistory } from './modules/deliveries/deliveries.sweep.js';

// Moves that happen by the calendar rather than by a request: a standardization certificate past
// its date expires, a blacklist listing past its 3 years is removed, the dashboard's past-due
// roll-up takes in yesterday's deadlines. Each module's sweep takes the time it is run for, so
// tests supply the time instead of waiting; reads never depend on a sweep having run (they treat
// a passed date as passed), the sweep makes it durable and keeps derived columns current.
// sweep-schedule.ts runs them once per period in the whole cluster.
export type Sweep = (db: Db, now: Date) => Promise<void>;

/** Every module's sweep; a module with time-based moves adds its own here. */
const SWEEPS: Sweep[] = [
  sweepStandardization, // certificates past valid_to → expired, enterprise level cleared
  sweepBlacklist, // 严重失信名单: listings past their 3 years
  rollDashboardDay, // the dashboard's past-due roll-up, moved to today
  sweepRateLimits, // login and tip-off counters whose window has passed
  sweepIdempotencyKeys, // offline sync: answers kept for retries, forgotten after 30 days
  produceReminders, // the calendar's reminders (check windows, deadlines, reports, certificates)
  sweepDeliveryHistory, // reminders' outbox and delivery log, kept 180 days
];

export async function runSweeps(db: Db, now = new Date()): Promise<void> {
  for (const sweep of SWEEPS) await sweep(db, now);
}

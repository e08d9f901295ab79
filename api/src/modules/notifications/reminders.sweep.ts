import type { Db, Executor } from '@shuangfang/db';
import { windowAt, type CheckCycle, type Window } from '../checks/check-windows.js';
import * as checks from '../checks/checks.repository.js';
import * as events from './notification-events.js';
import { emit, type OutboxEvent } from './outbox.js';
import * as repo from './reminders.repository.js';

// Reminders of the calendar (docs/architecture.md "Reminders"): each run writes the events of
// what happened in (covered_until, now] — check windows opened and closed unrecorded, hazard
// deadlines within 3 days and passed, reports within a day of their limit and past it,
// certificates within 90 days of their end — and moves covered_until to now, in one
// transaction. A run that dies redoes its range; two processes never produce at once (the
// cursor is locked, the second skips); and every event has its natural key, so an overlap could
// only rewrite what exists. After a long stop, at most the last 2 days are caught up: older
// reminders would only be noise.

const DAY = 86_400_000;
const MAX_CATCH_UP = 2 * DAY;
export const REMINDERS = 'reminders';

interface Range {
  from: Date;
  to: Date;
}

/** Windows of the cycle that opened, and that closed, in the range. */
export function windowsCrossing(cycle: CheckCycle, { from, to }: Range) {
  const opened: Window[] = [];
  const closed: Window[] = [];
  let w = windowAt(cycle, from);
  for (let i = 0; w.start <= to && i < 10_000; i++) {
    if (w.start > from) opened.push(w);
    if (w.end > from && w.end <= to) closed.push(w);
    w = windowAt(cycle, w.end);
  }
  return { opened, closed };
}

async function checkEvents(trx: Executor, range: Range): Promise<OutboxEvent[]> {
  const out: OutboxEvent[] = [];
  for (const { unit, count } of await checks.currentCycles(trx)) {
    const cycle = { unit: unit!, count: count! };
    const { opened, closed } = windowsCrossing(cycle, range);
    if (opened.length === 0 && closed.length === 0) continue;
    const measures = await checks.assignedMeasuresOfCycle(trx, cycle.unit, cycle.count);
    const recorded = await checks.recordedWindows(
      trx,
      measures,
      closed.map((w) => w.start),
    );
    for (const m of measures) {
      const created = new Date(m.created_at);
      const check = (window: Window) => ({
        enterpriseId: m.enterprise_id,
        measureId: m.id,
        checkContent: m.check_content,
        objectName: m.object_name,
        unitName: m.unit_name,
        window,
        workers: m.workers,
      });
      // A window opened before the measure existed was never announced; one that ended before
      // it existed does not count at all (check-tasks.service.ts `windowsOf`).
      for (const w of opened) if (w.start >= created) out.push(events.checkDue(check(w)));
      for (const w of closed) {
        if (w.end > created && !recorded.has(`${m.id}|${w.start.getTime()}`)) {
          out.push(events.checkMissed(check(w)));
        }
      }
    }
  }
  return out;
}

async function dateEvents(trx: Executor, { from, to }: Range): Promise<OutboxEvent[]> {
  const [pastDeadline, soon, pastDue, dueSoon, certificates] = [
    await repo.hazardsPastDeadline(trx, from, to),
    await repo.hazardsDeadlineWithin(trx, from, to, 3),
    await repo.reportsPastDue(trx, from, to),
    await repo.reportsDueWithin(trx, from, to, 24),
    await repo.certificatesEndingWithin(trx, from, to, 90),
  ];
  return [
    ...pastDeadline.map((h) => events.overdue({ ...h, deadline: h.deadline! })),
    ...soon.map((h) => events.deadlineSoon({ ...h, deadline: h.deadline! })),
    ...pastDue.map(events.reportOverdue),
    ...dueSoon.map(events.reportDue),
    ...certificates.map(events.certificateExpiring),
  ];
}

/** Writes the calendar's reminders up to `now` (a sweep; tests supply the time). */
export async function produceReminders(db: Db, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const cursor = await repo.lockCursor(trx, REMINDERS);
    if (!cursor) return;
    const covered = new Date(cursor.covered_until).getTime();
    const from = new Date(Math.max(covered, now.getTime() - MAX_CATCH_UP));
    if (now <= from) return;
    const range = { from, to: now };
    for (const e of [...(await checkEvents(trx, range)), ...(await dateEvents(trx, range))]) {
      await emit(trx, e);
    }
    await repo.moveCursor(trx, REMINDERS, now);
  });
}

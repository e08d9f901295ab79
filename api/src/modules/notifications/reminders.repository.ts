import type { Executor } from '@shuangfang/db';
import { sql } from 'kysely';

// The calendar's reminders read what crossed a line in (from, to]: a deadline passed, a deadline
// came within 3 days, a report's time limit came within a day or passed, a certificate came
// within 90 days of its end. Each reads an index on its date, so a sweep reads a minute's worth.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const after = (d: Date, ms: number) => new Date(d.getTime() + ms);

const OPEN = ['closed', 'rejected'] as const;
const hazardColumns = [
  'id',
  'enterprise_id',
  'description',
  'deadline',
  'responsible_user_id',
  'found_by_agency_id',
] as const;

/** Open hazards whose deadline passed in the range. */
export function hazardsPastDeadline(db: Executor, from: Date, to: Date) {
  return db
    .selectFrom('hazard')
    .select(hazardColumns)
    .where('state', 'not in', OPEN)
    .where('deadline', '>', from)
    .where('deadline', '<=', to)
    .execute();
}

/**
 * Open hazards whose deadline came within `days` in the range: by the clock, or because the
 * deadline was set (confirmed, extended) in the range already that close.
 */
export function hazardsDeadlineWithin(db: Executor, from: Date, to: Date, days: number) {
  return db
    .selectFrom('hazard')
    .select(hazardColumns)
    .where('state', 'not in', OPEN)
    .where('deadline', '>', to)
    .where('deadline', '<=', after(to, days * DAY))
    .where((eb) =>
      eb.or([eb('deadline', '>', after(from, days * DAY)), eb('updated_at', '>', from)]),
    )
    .execute();
}

const reportColumns = ['id', 'enterprise_id', 'kind', 'content', 'due_at'] as const;

/** Drafts whose time limit passed in the range. */
export function reportsPastDue(db: Executor, from: Date, to: Date) {
  return db
    .selectFrom('report')
    .select(reportColumns)
    .where('state', '=', 'draft')
    .where('due_at', '>', from)
    .where('due_at', '<=', to)
    .execute();
}

/** Drafts whose time limit came within `hours` in the range (or that were drafted that close). */
export function reportsDueWithin(db: Executor, from: Date, to: Date, hours: number) {
  return db
    .selectFrom('report')
    .select(reportColumns)
    .where('state', '=', 'draft')
    .where('due_at', '>', to)
    .where('due_at', '<=', after(to, hours * HOUR))
    .where((eb) =>
      eb.or([eb('due_at', '>', after(from, hours * HOUR)), eb('drafted_at', '>', from)]),
    )
    .execute();
}

/**
 * Active certificates whose last day (a China date) came within `days` in the range, or that
 * were granted in the range already that close. Dates compare as China dates.
 */
export function certificatesEndingWithin(db: Executor, from: Date, to: Date, days: number) {
  const chinaDay = (d: Date) => new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 10);
  return db
    .selectFrom('standardization_certificate')
    .select([
      'id',
      'enterprise_id',
      'number',
      'level',
      sql<string>`to_char(valid_to, 'YYYY-MM-DD')`.as('valid_to'),
    ])
    .where('state', '=', 'active')
    .where('valid_to', '>=', chinaDay(to))
    .where('valid_to', '<=', chinaDay(after(to, days * DAY)))
    .where((eb) =>
      eb.or([eb('valid_to', '>', chinaDay(after(from, days * DAY))), eb('granted_at', '>', from)]),
    )
    .execute();
}

/** Where the reminders stand, locked for this transaction; none when another process holds it. */
export function lockCursor(db: Executor, name: string) {
  return db
    .selectFrom('notification_schedule')
    .select('covered_until')
    .where('name', '=', name)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

export async function moveCursor(db: Executor, name: string, to: Date) {
  await db
    .updateTable('notification_schedule')
    .set({ covered_until: to })
    .where('name', '=', name)
    .execute();
}

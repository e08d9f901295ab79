import type { CheckCycleUnit } from '@shuangfang/db';
import { CHINA_OFFSET_MS } from '../../lib/china-time.js';

// The windows of a check cycle (docs/domain.md section 1), computed, never stored: "due", "done" and
// "missed" are then right at any moment without a scheduler. Windows are aligned in China time
// (UTC+8, no daylight saving), so every enterprise's day starts at its own midnight:
//   hour × n    n-hour windows from midnight; the last one of a day ends at midnight
//   day × n     n-day windows counted from 1970-01-01 (day × 1 = each calendar day)
//   week × n    ISO weeks from Monday, n-week windows counted from Monday 1969-12-29
//   month × n   n-month windows from January; the last one of a year ends on 1 January
//   quarter × n the same with 3n months (quarter × 1 = Jan/Apr/Jul/Oct)
//   year × n    n-year windows starting in a year divisible by n
// A window is [start, end).

export interface CheckCycle {
  unit: CheckCycleUnit;
  count: number;
}
export interface Window {
  start: Date;
  end: Date;
}

const OFFSET = CHINA_OFFSET_MS;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A UTC instant from China local calendar fields. */
const local = (year: number, month: number, day = 1, hour = 0) =>
  new Date(Date.UTC(year, month, day, hour) - OFFSET);

/** The window of the cycle that holds `at`. */
export function windowAt(cycle: CheckCycle, at: Date): Window {
  const n = Math.max(1, Math.floor(cycle.count));
  // The local calendar fields of `at`, read with the UTC getters of a shifted date.
  const shifted = new Date(at.getTime() + OFFSET);
  const year = shifted.getUTCFullYear();
  const month = shifted.getUTCMonth();
  const dayNumber = Math.floor(shifted.getTime() / DAY);
  switch (cycle.unit) {
    case 'hour': {
      const midnight = local(year, month, shifted.getUTCDate());
      const first = Math.floor(shifted.getUTCHours() / n) * n;
      const start = new Date(midnight.getTime() + first * HOUR);
      const end = Math.min(start.getTime() + n * HOUR, midnight.getTime() + DAY);
      return { start, end: new Date(end) };
    }
    case 'day': {
      const first = dayNumber - mod(dayNumber, n);
      return { start: new Date(first * DAY - OFFSET), end: new Date((first + n) * DAY - OFFSET) };
    }
    case 'week': {
      // Day 0 (1970-01-01) was a Thursday: weeks count from the Monday three days before.
      const week = Math.floor((dayNumber + 3) / 7);
      const first = (week - mod(week, n)) * 7 - 3;
      return {
        start: new Date(first * DAY - OFFSET),
        end: new Date((first + 7 * n) * DAY - OFFSET),
      };
    }
    case 'month':
    case 'quarter': {
      const months = cycle.unit === 'month' ? n : 3 * n;
      const first = Math.floor(month / months) * months;
      const last = Math.min(first + months, 12);
      return { start: local(year, first), end: local(year, last) };
    }
    case 'year': {
      const first = year - mod(year, n);
      return { start: local(first, 0), end: local(first + n, 0) };
    }
  }
}

const mod = (a: number, n: number) => ((a % n) + n) % n;

/** The window just before `w` (the window that holds the instant before its start). */
function previousWindow(cycle: CheckCycle, w: Window): Window {
  return windowAt(cycle, new Date(w.start.getTime() - 1));
}

/** The windows that overlap [from, to), oldest first; at most `limit` of them (the latest). */
export function windowsBetween(cycle: CheckCycle, from: Date, to: Date, limit = 500): Window[] {
  const out: Window[] = [];
  let w = windowAt(cycle, new Date(to.getTime() - 1));
  while (w.end > from && out.length < limit) {
    out.push(w);
    w = previousWindow(cycle, w);
  }
  return out.reverse();
}

/** The China-time day `YYYY-MM-DD` as [start, end). */
export function dayRange(date: string): Window {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const start = local(y, m - 1, d);
  return { start, end: new Date(start.getTime() + DAY) };
}

export { chinaDate } from '../../lib/china-time.js';

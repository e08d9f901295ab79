import { invalid } from '../../lib/errors.js';

// The dashboard's period and "today" are China calendar days (UTC+8, no daylight saving), the
// same days the roll-ups are keyed by (`dashboard_day` in the migration).

const DAY = 86_400_000;
const CHINA_OFFSET = 8 * 3_600_000;
const MAX_PERIOD_DAYS = 5 * 366;

/** `2026-11-23` of a time, on China's calendar. */
export const chinaDay = (at: Date) =>
  new Date(at.getTime() + CHINA_OFFSET).toISOString().slice(0, 10);

/** The first instant of a China day. */
export const chinaDayStart = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - CHINA_OFFSET);

export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** The China-time quarter holding `now`: its first and last day. */
function currentQuarter(now: Date) {
  const today = chinaDay(now);
  const year = Number(today.slice(0, 4));
  const first = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3;
  const from = new Date(Date.UTC(year, first, 1)).toISOString().slice(0, 10);
  const to = new Date(Date.UTC(year, first + 3, 0)).toISOString().slice(0, 10);
  return { from, to };
}

interface Period {
  /** First and last day, inclusive. */
  from: string;
  to: string;
}

/** The requested period, the current quarter by default; 422 naming the field otherwise. */
export function resolvePeriod(now: Date, from?: string, to?: string): Period {
  const quarter = currentQuarter(now);
  const period = { from: from ?? quarter.from, to: to ?? quarter.to };
  if (period.from > period.to) throw invalid('to', '统计期结束日期不能早于开始日期');
  if (Date.parse(period.to) - Date.parse(period.from) > MAX_PERIOD_DAYS * DAY) {
    throw invalid('to', '统计期不能超过5年');
  }
  return period;
}

/**
 * A list filter's inclusive China days as instants [from, to), either end open; undefined when
 * neither is given. 422 on `toField` when the end lies before the start.
 */
export function dayRange(
  from: string | undefined,
  to: string | undefined,
  toField: string,
): { from: Date; to: Date } | undefined {
  if (!from && !to) return undefined;
  if (from && to && from > to) throw invalid(toField, '结束日期不能早于开始日期');
  return {
    from: from ? chinaDayStart(from) : new Date(-8.64e15),
    to: to ? chinaDayStart(addDays(to, 1)) : new Date(8.64e15),
  };
}

/** The Monday (China calendar) of the week holding `day`. */
export const mondayOf = (day: string) =>
  addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));

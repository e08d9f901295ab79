import { invalid } from '../../lib/errors.js';
import { CHINA_OFFSET_MS, chinaDate } from '../../lib/china-time.js';

// Due dates of 双报告, on China's calendar (UTC+8, no daylight saving). Working days are Monday to
// Friday: public holidays and their swapped weekend working days are not modelled, so a report due
// across the Spring Festival is shown as due earlier than the law would allow (never later).

const DAY = 86_400_000;
const CHINA_OFFSET = CHINA_OFFSET_MS;

/** The last millisecond of a China-time calendar day (month 0-based; overflow rolls over). */
function chinaDayEnd(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day + 1) - CHINA_OFFSET - 1);
}

/** The first millisecond of a China-time calendar day. */
function chinaDayStart(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day) - CHINA_OFFSET);
}

/**
 * "Within n working days of `from`": the end of the n-th working day after the China-time day of
 * `from`. Confirmed on a Friday with n = 1, the report is due at the end of Monday.
 */
export function workingDaysAfter(from: Date, n: number): Date {
  const local = new Date(from.getTime() + CHINA_OFFSET);
  let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  for (let left = n; left > 0;) {
    day += DAY;
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(day + DAY - CHINA_OFFSET - 1);
}

export interface Period {
  label: string;
  /** First instant of the period, China time. */
  from: Date;
  /** First instant after it. */
  to: Date;
  /** 原安监总局令第16号: the 15th of the month after a quarter, 31 January after a year. */
  dueAt: Date;
}

/** `2026Q3` (quarterly) or `2026` (annual); 422 naming `period` otherwise. */
export function parsePeriod(kind: 'quarterly' | 'annual', period: string): Period {
  if (kind === 'quarterly') {
    const m = /^(\d{4})Q([1-4])$/.exec(period);
    if (!m) throw invalid('period', '季度报告的统计期格式为「2026Q3」');
    const year = Number(m[1]);
    const quarter = Number(m[2]);
    return {
      label: `${year}年第${quarter}季度`,
      from: chinaDayStart(year, (quarter - 1) * 3, 1),
      to: chinaDayStart(year, quarter * 3, 1),
      dueAt: chinaDayEnd(year, quarter * 3, 15),
    };
  }
  const m = /^(\d{4})$/.exec(period);
  if (!m) throw invalid('period', '年度报告的统计期格式为「2026」');
  const year = Number(m[1]);
  return {
    label: `${year}年度`,
    from: chinaDayStart(year, 0, 1),
    to: chinaDayStart(year + 1, 0, 1),
    dueAt: chinaDayEnd(year + 1, 0, 31),
  };
}

export { chinaDate };
export type PeriodicKind = 'quarterly' | 'annual';

/** The period of `kind` that holds `at` (China time), e.g. `2026Q3` or `2026`. */
function periodAt(kind: PeriodicKind, at: Date): string {
  const [year, month] = chinaDate(at).split('-').map(Number) as [number, number];
  return kind === 'quarterly' ? `${year}Q${Math.ceil(month / 3)}` : String(year);
}

/** The period before `period` of the same kind. */
function previousPeriod(kind: PeriodicKind, period: string): string {
  if (kind === 'annual') return String(Number(period) - 1);
  const [year, quarter] = period.split('Q').map(Number) as [number, number];
  return quarter === 1 ? `${year - 1}Q4` : `${year}Q${quarter - 1}`;
}

/** The latest period of `kind` whose report was due before `now`. */
export function latestDuePeriod(kind: PeriodicKind, now: Date): string {
  let period = periodAt(kind, now);
  while (parsePeriod(kind, period).dueAt >= now) period = previousPeriod(kind, period);
  return period;
}

/**
 * Every periodic report due on a China day from `fromDay` to `toDay` (inclusive) and already due
 * at `now`: what each enterprise should have sent by then, drafted or not.
 */
export function periodsDueBetween(fromDay: string, toDay: string, now: Date) {
  const due: { kind: PeriodicKind; period: string; to: Date }[] = [];
  for (const kind of ['quarterly', 'annual'] as const) {
    for (let period = latestDuePeriod(kind, now); ; period = previousPeriod(kind, period)) {
      const p = parsePeriod(kind, period);
      const day = chinaDate(p.dueAt);
      if (day < fromDay) break;
      if (day <= toDay) due.push({ kind, period, to: p.to });
    }
  }
  return due;
}

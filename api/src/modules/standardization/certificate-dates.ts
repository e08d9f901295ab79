import { chinaDate } from '../checks/check-windows.js';

// Certificates are valid by calendar day in China time: valid_to is the last day it holds, so it
// has expired once China's date is after it.

export { chinaDate };

const DAY = 86_400_000;

/** `YYYY-MM-DD` plus whole years, minus one day: the last day of a validity of `years`. */
export function lastDayAfterYears(from: string, years: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d) - DAY).toISOString().slice(0, 10);
}

/** Whether a certificate valid to `validTo` has expired at `now`. */
export const expiredAt = (validTo: string, now: Date) => validTo < chinaDate(now);

/** Whole days from `now` (China date) to `validTo`. */
export function daysLeft(validTo: string, now: Date): number {
  return Math.round((Date.parse(validTo) - Date.parse(chinaDate(now))) / DAY);
}

// Periods of a listing, on China's calendar (UTC+8, no daylight saving): a listing lasts 3 years
// and early removal (信用修复) may be applied for once it has lasted 12 months. Calendar years are
// added to the China-time date, so a listing made on 29 February ends on 1 March.

const CHINA_OFFSET = 8 * 3_600_000;

const LISTING_YEARS = 3;
const REPAIR_AFTER_MONTHS = 12;

export function addMonthsChina(at: Date, months: number): Date {
  const local = new Date(at.getTime() + CHINA_OFFSET);
  local.setUTCMonth(local.getUTCMonth() + months);
  return new Date(local.getTime() - CHINA_OFFSET);
}

export const listedUntil = (listedAt: Date) => addMonthsChina(listedAt, LISTING_YEARS * 12);
export const repairPossibleFrom = (listedAt: Date) => addMonthsChina(listedAt, REPAIR_AFTER_MONTHS);

/** `2026-11-23 18:00` in China time, for messages. */
export function chinaMinute(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET).toISOString().slice(0, 16).replace('T', ' ');
}

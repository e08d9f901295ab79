// China time (UTC+8, no daylight saving) for every rule about days and for times written into
// messages: one definition, so a deadline, a period and a refusal agree on what "today" is.

export const CHINA_OFFSET_MS = 8 * 3_600_000;

/** `2026-11-23`: the calendar day of a time in China. */
export function chinaDate(at: Date | string): string {
  return new Date(new Date(at).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today's date in China. */
export const chinaToday = () => chinaDate(new Date());

/** `2026-11-23 09:05`: a time as people in China read it, for messages. */
export function chinaDateTime(at: Date | string): string {
  const local = new Date(new Date(at).getTime() + CHINA_OFFSET_MS).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

/** Minutes after midnight, China time (quiet hours and digests are set in them). */
export function chinaMinuteOfDay(at: Date): number {
  const shifted = new Date(at.getTime() + CHINA_OFFSET_MS);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

/** The instant of the next China-time `minute` of the day strictly after `at` (or at it). */
export function nextChinaMinute(at: Date, minute: number, inclusive = false): Date {
  const shifted = new Date(at.getTime() + CHINA_OFFSET_MS);
  const midnight = Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate());
  let candidate = midnight + minute * 60_000 - CHINA_OFFSET_MS;
  if (candidate < at.getTime() || (!inclusive && candidate === at.getTime())) {
    candidate += 86_400_000;
  }
  return new Date(candidate);
}

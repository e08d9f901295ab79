// Times shown to people are China time (UTC+8, no daylight saving), whatever the server's zone.

const OFFSET = 8 * 3_600_000;

/** `2026-12-01 09:30` in China time. */
export function chinaDateTime(at: Date | string): string {
  return new Date(new Date(at).getTime() + OFFSET).toISOString().slice(0, 16).replace('T', ' ');
}

/** Minutes after midnight, China time (quiet hours and digests are set in them). */
export function chinaMinuteOfDay(at: Date): number {
  const shifted = new Date(at.getTime() + OFFSET);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

/** The instant of the next China-time `minute` of the day strictly after `at` (or at it). */
export function nextChinaMinute(at: Date, minute: number, inclusive = false): Date {
  const shifted = new Date(at.getTime() + OFFSET);
  const midnight = Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate());
  let candidate = midnight + minute * 60_000 - OFFSET;
  if (candidate < at.getTime() || (!inclusive && candidate === at.getTime())) {
    candidate += 86_400_000;
  }
  return new Date(candidate);
}

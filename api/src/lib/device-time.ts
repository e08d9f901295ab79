import { invalid } from './errors.js';

// An offline write carries the time it was made on the phone. The phone's clock is believed for
// what the time decides (which check window), within reason: a little fast is a clock, far ahead
// is refused, so a queued write cannot claim a window that has not come yet.

const CLOCK_SKEW_MS = 5 * 60_000;

/** The device's time of an offline write, checked against the server's clock; else now. */
export function deviceTime(field: string, value: string | undefined, now: Date): Date {
  if (value === undefined) return now;
  const at = new Date(value);
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw invalid(field, '晚于服务器当前时间，请校准设备时钟');
  }
  return at;
}

import { dayRange, windowAt, windowsBetween } from '@shuangfang/api';
import { describe, expect, it } from 'vitest';

// Check windows are aligned in China time (UTC+8): a window is [start, end) in UTC instants.
const cn = (local: string) => new Date(`${local}+08:00`);
const iso = (w: { start: Date; end: Date }) => [w.start.toISOString(), w.end.toISOString()];
const at = (unit: any, count: number, local: string) => iso(windowAt({ unit, count }, cn(local)));
const span = (from: string, to: string) => [cn(from).toISOString(), cn(to).toISOString()];

describe('check windows (China time)', () => {
  it('hour × 1: the clock hour', () => {
    expect(at('hour', 1, '2026-03-10T09:59:59.999')).toEqual(
      span('2026-03-10T09:00', '2026-03-10T10:00'),
    );
    expect(at('hour', 1, '2026-03-10T10:00')).toEqual(span('2026-03-10T10:00', '2026-03-10T11:00'));
  });

  it('hour × n: n-hour windows from midnight, the last cut at midnight', () => {
    expect(at('hour', 4, '2026-03-10T07:30')).toEqual(span('2026-03-10T04:00', '2026-03-10T08:00'));
    expect(at('hour', 5, '2026-03-10T23:59')).toEqual(span('2026-03-10T20:00', '2026-03-11T00:00'));
    expect(at('hour', 5, '2026-03-11T00:00')).toEqual(span('2026-03-11T00:00', '2026-03-11T05:00'));
  });

  it('day × 1: the calendar day in China, not in UTC', () => {
    // 07:59 China time is 23:59 UTC the day before: still the China day of the 10th.
    expect(at('day', 1, '2026-03-10T00:00')).toEqual(span('2026-03-10T00:00', '2026-03-11T00:00'));
    expect(at('day', 1, '2026-03-10T07:59')).toEqual(span('2026-03-10T00:00', '2026-03-11T00:00'));
    expect(at('day', 1, '2026-03-10T23:59:59.999')).toEqual(
      span('2026-03-10T00:00', '2026-03-11T00:00'),
    );
  });

  it('day × n: n-day windows counted from 1970-01-01', () => {
    // 2026-03-10 is day 20522 since 1970-01-01; 20522 = 3 × 6840 + 2.
    expect(at('day', 3, '2026-03-10T12:00')).toEqual(span('2026-03-08T00:00', '2026-03-11T00:00'));
    expect(at('day', 3, '2026-03-11T00:00')).toEqual(span('2026-03-11T00:00', '2026-03-14T00:00'));
  });

  it('week × 1: ISO weeks from Monday 00:00', () => {
    // 2026-03-08 is a Sunday, 2026-03-09 a Monday.
    expect(at('week', 1, '2026-03-08T23:59')).toEqual(span('2026-03-02T00:00', '2026-03-09T00:00'));
    expect(at('week', 1, '2026-03-09T00:00')).toEqual(span('2026-03-09T00:00', '2026-03-16T00:00'));
    expect(at('week', 1, '2026-03-11T15:00')).toEqual(span('2026-03-09T00:00', '2026-03-16T00:00'));
  });

  it('week × 2: two-week windows, still starting on a Monday', () => {
    const w = windowAt({ unit: 'week', count: 2 }, cn('2026-03-11T15:00'));
    expect(w.end.getTime() - w.start.getTime()).toBe(14 * 86_400_000);
    expect(new Date(w.start.getTime() + 8 * 3_600_000).getUTCDay()).toBe(1);
    expect(w.start <= cn('2026-03-11T15:00') && cn('2026-03-11T15:00') < w.end).toBe(true);
    const next = windowAt({ unit: 'week', count: 2 }, w.end);
    expect(next.start).toEqual(w.end);
  });

  it('month × 1 and × 3 (Jan/Apr/Jul/Oct), the last of a year ending on 1 January', () => {
    expect(at('month', 1, '2026-02-28T23:59')).toEqual(
      span('2026-02-01T00:00', '2026-03-01T00:00'),
    );
    expect(at('month', 1, '2026-03-01T00:00')).toEqual(
      span('2026-03-01T00:00', '2026-04-01T00:00'),
    );
    expect(at('month', 3, '2026-06-30T23:59')).toEqual(
      span('2026-04-01T00:00', '2026-07-01T00:00'),
    );
    expect(at('month', 5, '2026-12-31T12:00')).toEqual(
      span('2026-11-01T00:00', '2027-01-01T00:00'),
    );
  });

  it('quarter × 1 and × 2 (half years)', () => {
    expect(at('quarter', 1, '2026-10-01T00:00')).toEqual(
      span('2026-10-01T00:00', '2027-01-01T00:00'),
    );
    expect(at('quarter', 1, '2026-09-30T23:59')).toEqual(
      span('2026-07-01T00:00', '2026-10-01T00:00'),
    );
    expect(at('quarter', 2, '2026-05-05T08:00')).toEqual(
      span('2026-01-01T00:00', '2026-07-01T00:00'),
    );
  });

  it('year × 1 and × 2, with the China new year 8 hours before the UTC one', () => {
    expect(at('year', 1, '2027-01-01T00:00')).toEqual(span('2027-01-01T00:00', '2028-01-01T00:00'));
    expect(iso(windowAt({ unit: 'year', count: 1 }, new Date('2026-12-31T16:00:00Z')))).toEqual(
      span('2027-01-01T00:00', '2028-01-01T00:00'),
    );
    expect(at('year', 2, '2027-06-01T00:00')).toEqual(span('2026-01-01T00:00', '2028-01-01T00:00'));
  });

  it('lists the windows overlapping a China day, oldest first', () => {
    const day = dayRange('2026-03-10');
    expect(iso(day)).toEqual(span('2026-03-10T00:00', '2026-03-11T00:00'));
    const hours = windowsBetween({ unit: 'hour', count: 8 }, day.start, day.end);
    expect(hours.map(iso)).toEqual([
      span('2026-03-10T00:00', '2026-03-10T08:00'),
      span('2026-03-10T08:00', '2026-03-10T16:00'),
      span('2026-03-10T16:00', '2026-03-11T00:00'),
    ]);
    const weeks = windowsBetween({ unit: 'week', count: 1 }, day.start, day.end);
    expect(weeks.map(iso)).toEqual([span('2026-03-09T00:00', '2026-03-16T00:00')]);
  });
});

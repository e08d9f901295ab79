import { describe, expect, it } from 'vitest';
import { parsePeriod, workingDaysAfter } from '../../api/src/modules/reports/report-calendar.js';

// Due dates of 双报告 on China's calendar (UTC+8): working days are Monday to Friday.

describe('workingDaysAfter', () => {
  it.each([
    // [from (China time), n, due (end of that China day, in UTC)]
    ['2026-11-23T10:00:00+08:00', 1, '2026-11-24T15:59:59.999Z'], // Mon → Tue
    ['2026-11-27T10:00:00+08:00', 1, '2026-11-30T15:59:59.999Z'], // Fri → Mon
    ['2026-11-28T10:00:00+08:00', 1, '2026-11-30T15:59:59.999Z'], // Sat → Mon
    ['2026-11-27T23:30:00+08:00', 2, '2026-12-01T15:59:59.999Z'], // Fri → Tue
    // 23 November 01:00 China time is still 22 November (Sunday) in UTC: China's day counts.
    ['2026-11-23T01:00:00+08:00', 1, '2026-11-24T15:59:59.999Z'],
  ])('from %s plus %i working day(s) is %s', (from, n, due) => {
    expect(workingDaysAfter(new Date(from), n).toISOString()).toBe(due);
  });
});

describe('parsePeriod', () => {
  it('spans a quarter and is due the 15th after it (Q4 in January)', () => {
    const q3 = parsePeriod('quarterly', '2026Q3');
    expect(q3.from.toISOString()).toBe('2026-06-30T16:00:00.000Z');
    expect(q3.to.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(q3.dueAt.toISOString()).toBe('2026-10-15T15:59:59.999Z');
    expect(parsePeriod('quarterly', '2026Q4').dueAt.toISOString()).toBe('2027-01-15T15:59:59.999Z');
  });

  it('spans a year and is due on 31 January', () => {
    const y = parsePeriod('annual', '2026');
    expect(y.from.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(y.dueAt.toISOString()).toBe('2027-01-31T15:59:59.999Z');
  });

  it('refuses any other form, naming the period', () => {
    expect(() => parsePeriod('quarterly', '2026Q0')).toThrow('「统计期」');
    expect(() => parsePeriod('annual', '2026Q1')).toThrow('「统计期」');
  });
});

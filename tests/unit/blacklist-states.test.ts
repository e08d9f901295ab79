import { describe, expect, it } from 'vitest';
import {
  addMonthsChina,
  listedUntil,
  repairPossibleFrom,
} from '../../api/src/modules/blacklist/blacklist-calendar.js';
import {
  AGENCY_MOVES,
  allowedMoves,
  nextState,
} from '../../api/src/modules/blacklist/blacklist-states.js';

// The blacklist procedure as a pure table, and its calendar on China time.

describe('blacklist states', () => {
  it('leads each move to its state', () => {
    expect(nextState('proposed', 'notify')).toBe('notified');
    expect(nextState('notified', 'statement')).toBe('notified');
    expect(nextState('notified', 'list')).toBe('listed');
    expect(nextState('notified', 'withdraw')).toBe('withdrawn');
    expect(nextState('listed', 'approve_repair')).toBe('removed');
    expect(nextState('listed', 'expire')).toBe('removed');
    expect(nextState('removed', 'revoke_removal')).toBe('listed');
  });

  it('refuses any other move with a 409 naming the state and what it allows', () => {
    expect(() => nextState('listed', 'withdraw')).toThrow(
      '当前状态为「已列入」，只允许：申请信用修复、同意信用修复、不同意信用修复',
    );
    expect(() => nextState('withdrawn', 'notify')).toThrow('已办结');
    expect(allowedMoves('removed', AGENCY_MOVES)).toEqual(['revoke_removal']);
  });
});

describe('blacklist calendar', () => {
  it('lists for 3 years and allows 信用修复 after 12 months, by China-time dates', () => {
    // 2026-03-01 07:00 in China is still 28 February in UTC.
    const at = new Date('2026-02-28T23:00:00Z');
    expect(listedUntil(at).toISOString()).toBe('2029-02-28T23:00:00.000Z');
    expect(repairPossibleFrom(at).toISOString()).toBe('2027-02-28T23:00:00.000Z');
    // 29 February has no anniversary: the next day.
    expect(addMonthsChina(new Date('2028-02-29T04:00:00Z'), 12).toISOString()).toBe(
      '2029-03-01T04:00:00.000Z',
    );
  });
});

import { STANDARDIZATION_APPLICATION_STATES } from '@shuangfang/db';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../api/src/lib/errors.js';
import {
  APPLICATION_MOVES,
  nextState,
  type ApplicationMove,
} from '../../api/src/modules/standardization/application-states.js';
import {
  daysLeft,
  expiredAt,
  lastDayAfterYears,
} from '../../api/src/modules/standardization/certificate-dates.js';

// The application flow of docs/domain.md section 4 written out independently of the module, and the
// calendar of a certificate (valid through its last day, China time).

const LEGAL: [string, ApplicationMove, string][] = [
  ['submitted', 'publicize', 'publicity'],
  ['submitted', 'reject', 'rejected'],
  ['publicity', 'grant', 'granted'],
  ['publicity', 'reject', 'rejected'],
];

describe('standardization application states', () => {
  it('allows the four legal moves', () => {
    for (const [from, move, to] of LEGAL) expect(nextState(from as never, move)).toBe(to);
  });

  it('refuses every other move with a 409 naming the state and what it allows', () => {
    for (const state of STANDARDIZATION_APPLICATION_STATES) {
      for (const move of APPLICATION_MOVES) {
        if (LEGAL.some(([f, m]) => f === state && m === move)) continue;
        let error: unknown;
        try {
          nextState(state, move);
        } catch (e) {
          error = e;
        }
        expect(error, `${state} × ${move}`).toBeInstanceOf(AppError);
        expect((error as AppError).status).toBe(409);
        expect((error as AppError).message).toMatch(/^当前状态为「.+」，只允许：/);
      }
    }
    expect(() => nextState('granted', 'reject')).toThrow('只允许：无（已办结）');
  });
});

describe('certificate dates', () => {
  it('runs N years to the day before the anniversary, leap days included', () => {
    expect(lastDayAfterYears('2026-11-24', 3)).toBe('2029-11-23');
    expect(lastDayAfterYears('2024-03-01', 3)).toBe('2027-02-28');
    expect(lastDayAfterYears('2025-03-01', 3)).toBe('2028-02-29');
  });

  it('expires after its last day in China time, not UTC', () => {
    // 2029-11-23 23:59 in China is 15:59 UTC; midnight China time is 16:00 UTC.
    expect(expiredAt('2029-11-23', new Date('2029-11-23T15:59:59Z'))).toBe(false);
    expect(expiredAt('2029-11-23', new Date('2029-11-23T16:00:00Z'))).toBe(true);
    expect(daysLeft('2029-11-23', new Date('2029-11-22T16:00:00Z'))).toBe(0);
    expect(daysLeft('2029-11-23', new Date('2029-10-24T03:00:00Z'))).toBe(30);
  });
});

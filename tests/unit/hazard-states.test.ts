import { HAZARD_STATES, type HazardState } from '@shuangfang/db';
import { describe, expect, it } from 'vitest';
import {
  allowedMoves,
  HAZARD_MOVES,
  isFinal,
  nextState,
  transitionProblem,
  type HazardMove,
} from '../../api/src/modules/hazards/hazard-states.js';
import { AppError } from '../../api/src/lib/errors.js';

// The closed loop of docs/domain.md section 2, written out here independently of the module: the five
// legal moves, and every other (state × move) pair refused with a 409 that names the current state
// and what it allows.

const LEGAL: [HazardState, HazardMove, HazardState][] = [
  ['reported', 'reject', 'rejected'],
  ['reported', 'confirm', 'rectifying'],
  ['rectifying', 'submit', 'awaiting_acceptance'],
  ['awaiting_acceptance', 'accept', 'closed'],
  ['awaiting_acceptance', 'reject_acceptance', 'rectifying'],
];

/** What the refusal must say for each state: its Chinese name and its allowed moves'. */
const REFUSAL: Record<HazardState, string> = {
  reported: '当前状态为「已登记」，只允许：不予确认、确认',
  rejected: '当前状态为「不予确认」，已办结，不允许任何操作',
  rectifying: '当前状态为「整改中」，只允许：提交整改',
  awaiting_acceptance: '当前状态为「待验收」，只允许：验收销号、验收不通过',
  closed: '当前状态为「已销号」，已办结，不允许任何操作',
};

const isLegal = (state: HazardState, move: HazardMove) =>
  LEGAL.some(([from, m]) => from === state && m === move);
const ILLEGAL = HAZARD_STATES.flatMap((state) =>
  HAZARD_MOVES.filter((move) => !isLegal(state, move)).map((move) => [state, move] as const),
);

describe('the hazard state machine', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, move, to) => {
    expect(nextState(from, move)).toBe(to);
    expect(transitionProblem(from, move)).toBeNull();
  });

  it('has exactly the 5 × 5 pairs split into 5 legal and 20 illegal ones', () => {
    expect(HAZARD_STATES).toHaveLength(5);
    expect(HAZARD_MOVES).toHaveLength(5);
    expect(ILLEGAL).toHaveLength(20);
  });

  it.each(ILLEGAL)('refuses %s --%s--> with 409 ILLEGAL_TRANSITION', (state, move) => {
    let thrown: unknown;
    try {
      nextState(state, move);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    const error = thrown as AppError;
    expect(error.status).toBe(409);
    expect(error.code).toBe('ILLEGAL_TRANSITION');
    expect(error.message).toBe(REFUSAL[state]);
  });

  it('refuses an action it does not know, from every state', () => {
    for (const state of HAZARD_STATES)
      expect(transitionProblem(state, 'reopen')).toBe(REFUSAL[state]);
  });

  it('lists the allowed moves of each state, and only closed and rejected are final', () => {
    expect(Object.fromEntries(HAZARD_STATES.map((s) => [s, allowedMoves(s)]))).toEqual({
      reported: ['reject', 'confirm'],
      rejected: [],
      rectifying: ['submit'],
      awaiting_acceptance: ['accept', 'reject_acceptance'],
      closed: [],
    });
    expect(HAZARD_STATES.filter(isFinal)).toEqual(['rejected', 'closed']);
  });
});

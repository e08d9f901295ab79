import type { HazardState } from '@shuangfang/db';
import { AppError } from '../../lib/errors.js';

// The closed loop of docs/domain.md section 2, and nothing else: which move leads from which state to
// which. Who may make a move is decided elsewhere (hazards.access.ts); this module answers
// only whether the move exists from the current state.
//
//   reported ──reject──▶ rejected (final)
//      │ confirm
//      ▼
//   rectifying ──submit──▶ awaiting_acceptance ──accept──▶ closed (final)
//      ▲                          │
//      └──── reject_acceptance ───┘

export const HAZARD_MOVES = ['reject', 'confirm', 'submit', 'accept', 'reject_acceptance'] as const;
export type HazardMove = (typeof HAZARD_MOVES)[number];

const TRANSITIONS: Record<HazardMove, { from: HazardState; to: HazardState }> = {
  reject: { from: 'reported', to: 'rejected' },
  confirm: { from: 'reported', to: 'rectifying' },
  submit: { from: 'rectifying', to: 'awaiting_acceptance' },
  accept: { from: 'awaiting_acceptance', to: 'closed' },
  reject_acceptance: { from: 'awaiting_acceptance', to: 'rectifying' },
};

export const STATE_NAMES: Record<HazardState, string> = {
  reported: '已登记',
  rejected: '不予确认',
  rectifying: '整改中',
  awaiting_acceptance: '待验收',
  closed: '已销号',
};

const MOVE_NAMES: Record<HazardMove, string> = {
  reject: '不予确认',
  confirm: '确认',
  submit: '提交整改',
  accept: '验收销号',
  reject_acceptance: '验收不通过',
};

/** Closed and rejected hazards are final: nobody changes them any more. */
export const isFinal = (state: HazardState) => state === 'closed' || state === 'rejected';

export function allowedMoves(state: HazardState): HazardMove[] {
  return HAZARD_MOVES.filter((move) => TRANSITIONS[move].from === state);
}

/** Why `move` is impossible from `state`, naming the state and what it allows; null if possible. */
export function transitionProblem(state: HazardState, move: string): string | null {
  const allowed = allowedMoves(state);
  if (allowed.some((m) => m === move)) return null;
  const current = `当前状态为「${STATE_NAMES[state]}」`;
  if (allowed.length === 0) return `${current}，已办结，不允许任何操作`;
  return `${current}，只允许：${allowed.map((m) => MOVE_NAMES[m]).join('、')}`;
}

/** The state `move` leads to from `state`, or a 409 ILLEGAL_TRANSITION naming both. */
export function nextState(state: HazardState, move: HazardMove): HazardState {
  const problem = transitionProblem(state, move);
  if (problem) throw new AppError(409, 'ILLEGAL_TRANSITION', problem);
  return TRANSITIONS[move].to;
}

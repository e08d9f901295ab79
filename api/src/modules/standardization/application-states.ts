import type { StandardizationApplicationState } from '@shuangfang/db';
import { AppError } from '../../lib/errors.js';

// An application's flow (docs/domain.md section 4): the authority reviews a submitted application and
// rejects it or puts it on 公示; after the 公示 period it grants it (or rejects it, e.g. on an
// objection raised during 公示). Granted and rejected are final.

export const APPLICATION_MOVES = ['publicize', 'reject', 'grant'] as const;
export type ApplicationMove = (typeof APPLICATION_MOVES)[number];

const MOVES: Record<
  StandardizationApplicationState,
  Partial<Record<ApplicationMove, StandardizationApplicationState>>
> = {
  submitted: { publicize: 'publicity', reject: 'rejected' },
  publicity: { grant: 'granted', reject: 'rejected' },
  granted: {},
  rejected: {},
};

const STATE_NAMES: Record<StandardizationApplicationState, string> = {
  submitted: '待审核',
  publicity: '公示中',
  granted: '已评定',
  rejected: '未通过',
};

const MOVE_NAMES: Record<ApplicationMove, string> = {
  publicize: '审核通过并公示',
  reject: '不予通过',
  grant: '评定发证',
};

export const allowedMoves = (state: StandardizationApplicationState) =>
  Object.keys(MOVES[state]) as ApplicationMove[];

/** The state after `move`, or 409 naming the current state and the moves it allows. */
export function nextState(state: StandardizationApplicationState, move: ApplicationMove) {
  const to = MOVES[state][move];
  if (to) return to;
  const allowed = allowedMoves(state).map((m) => MOVE_NAMES[m]);
  throw new AppError(
    409,
    'ILLEGAL_TRANSITION',
    `当前状态为「${STATE_NAMES[state]}」，只允许：${allowed.length ? allowed.join('、') : '无（已办结）'}`,
  );
}

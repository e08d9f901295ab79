import type { PermitAction, PermitState } from '@shuangfang/db';
import { PERMIT_ACTION_LABELS, PERMIT_STATE_LABELS } from '../../lib/chemical-labels.js';
import { AppError } from '../../lib/errors.js';

// A permit's life (docs/domain-chemicals.md section 5), enforced here:
//
//   applied ── confirm each measure ──▶ measures_confirmed ── (gas, where required) ── brief ──▶
//   briefed ── approve × the chain ──▶ approved ── start ──▶ in_progress ⇄ interrupted
//   in_progress ── complete ──▶ completed ── accept (验收) ──▶ accepted
//   cancel from any state before completed ──▶ cancelled
//
// Gas samples are recorded from measures_confirmed until the work is completed; an extension
// is possible while approved, in progress or interrupted. Anything else is a 409 naming the
// state and what it allows.

export const MOVES: Record<PermitState, PermitAction[]> = {
  applied: ['confirm_measure', 'cancel'],
  measures_confirmed: ['record_gas', 'brief', 'cancel'],
  briefed: ['record_gas', 'approve', 'cancel'],
  approved: ['record_gas', 'start', 'extend', 'cancel'],
  in_progress: ['record_gas', 'interrupt', 'complete', 'extend', 'cancel'],
  interrupted: ['record_gas', 'resume', 'extend', 'cancel'],
  completed: ['accept'],
  accepted: [],
  cancelled: [],
};

/** Open: not yet accepted or cancelled. */
export const isOpen = (s: PermitState) => s !== 'accepted' && s !== 'cancelled';

/** Throws 409 ILLEGAL_TRANSITION unless `action` is allowed in `state`. */
export function requireMove(state: PermitState, action: PermitAction) {
  if (MOVES[state].includes(action)) return;
  const allowed = MOVES[state].map((a) => PERMIT_ACTION_LABELS[a]);
  throw new AppError(
    409,
    'ILLEGAL_TRANSITION',
    `当前状态为「${PERMIT_STATE_LABELS[state]}」，${
      allowed.length ? `只允许：${allowed.join('、')}` : '不允许任何操作'
    }`,
  );
}

import type { TipoffState } from '@shuangfang/db';
import { allow } from '../../middlewares/access.js';

/** Tip-offs are triaged by the agencies over the enterprise (docs/domain.md section 7); scope → 404. */
export const triagers = allow('agency_admin', 'inspector');

export const TIPOFF_ACTIONS = ['review', 'reject', 'verify', 'fine', 'pay'] as const;
export type TipoffAction = (typeof TIPOFF_ACTIONS)[number];

// The triage (docs/domain.md section 7):
//   received ──review──▶ reviewing
//   received | reviewing ──reject (reason)──▶ unsubstantiated (final)
//   received | reviewing ──verify──▶ verified (a hazard opens, source 举报, state reported)
//   verified: fine (reward computed; may be corrected until paid) → pay (paid date)

/** The moves a tip-off's state allows. */
export function allowedActions(t: {
  state: TipoffState;
  reward_fen: number | null;
  reward_paid_on: string | null;
}): TipoffAction[] {
  switch (t.state) {
    case 'received':
      return ['review', 'reject', 'verify'];
    case 'reviewing':
      return ['reject', 'verify'];
    case 'unsubstantiated':
      return [];
    case 'verified':
      if (t.reward_paid_on !== null) return [];
      return t.reward_fen === null ? ['fine'] : ['fine', 'pay'];
  }
}

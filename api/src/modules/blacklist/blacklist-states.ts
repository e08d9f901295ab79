import type { BlacklistState } from '@shuangfang/db';
import { AppError } from '../../lib/errors.js';

// The procedure of 应急管理部令第11号 (docs/domain.md section 4), and nothing else: which move leads
// from which state to which. Who may make a move is decided in blacklist.access.ts.
//
//   proposed ──notify──▶ notified ──list──▶ listed ──expire (sweep, 3 years)──▶ removed
//      │                   │  ▲ statement     │  ▲ apply_repair / refuse_repair   │
//      └──── withdraw ─────┴──▶ withdrawn     │  └──────── revoke_removal ────────┤
//                                             └──── approve_repair (≥ 12 months) ─┘

export const BLACKLIST_MOVES = [
  'notify',
  'statement',
  'list',
  'withdraw',
  'apply_repair',
  'approve_repair',
  'refuse_repair',
  'expire',
  'revoke_removal',
] as const;
export type BlacklistMove = (typeof BLACKLIST_MOVES)[number];

/** The moves an agency makes; `statement` and `apply_repair` are the enterprise's, `expire` the sweep's. */
export const AGENCY_MOVES = [
  'notify',
  'list',
  'withdraw',
  'approve_repair',
  'refuse_repair',
  'revoke_removal',
] as const satisfies readonly BlacklistMove[];

const TRANSITIONS: Record<BlacklistMove, { from: BlacklistState[]; to?: BlacklistState }> = {
  notify: { from: ['proposed'], to: 'notified' },
  statement: { from: ['notified'] },
  list: { from: ['notified'], to: 'listed' },
  withdraw: { from: ['proposed', 'notified'], to: 'withdrawn' },
  apply_repair: { from: ['listed'] },
  approve_repair: { from: ['listed'], to: 'removed' },
  refuse_repair: { from: ['listed'] },
  expire: { from: ['listed'], to: 'removed' },
  revoke_removal: { from: ['removed'], to: 'listed' },
};

const STATE_NAMES: Record<BlacklistState, string> = {
  proposed: '拟列入',
  notified: '已告知',
  listed: '已列入',
  removed: '已移出',
  withdrawn: '已撤销',
};

const MOVE_NAMES: Record<BlacklistMove, string> = {
  notify: '告知',
  statement: '陈述申辩',
  list: '列入名单',
  withdraw: '撤销拟列入',
  apply_repair: '申请信用修复',
  approve_repair: '同意信用修复',
  refuse_repair: '不同意信用修复',
  expire: '期满移出',
  revoke_removal: '撤销移出',
};

export function allowedMoves(
  state: BlacklistState,
  among: readonly BlacklistMove[] = BLACKLIST_MOVES,
) {
  return among.filter((m) => m !== 'expire' && TRANSITIONS[m].from.includes(state));
}

/** The state `move` leads to from `state`, or a 409 ILLEGAL_TRANSITION naming both. */
export function nextState(state: BlacklistState, move: BlacklistMove): BlacklistState {
  const t = TRANSITIONS[move];
  if (t.from.includes(state)) return t.to ?? state;
  const allowed = allowedMoves(state);
  const current = `当前状态为「${STATE_NAMES[state]}」`;
  throw new AppError(
    409,
    'ILLEGAL_TRANSITION',
    allowed.length === 0
      ? `${current}，已办结，不允许任何操作`
      : `${current}，只允许：${allowed.map((m) => MOVE_NAMES[m]).join('、')}`,
  );
}

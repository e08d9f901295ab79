import type { TipoffState } from '@shuangfang/db';
import { STATE_NAMES as HAZARD_STATE_NAMES } from '../hazards/hazard-states.js';
import { fenToYuan } from './reward.js';
import type { TipoffView } from './tipoffs.repository.js';

export const STATE_NAMES: Record<TipoffState, string> = {
  received: '已受理',
  reviewing: '核查中',
  unsubstantiated: '不属实',
  verified: '已核实',
};

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** What the agency sees: everything, the reporter's identity and contact included. */
export function tipoffDto(t: TipoffView) {
  return {
    id: t.id,
    enterpriseId: t.enterprise_id,
    enterpriseName: t.enterprise_name,
    kind: t.kind,
    description: t.description,
    location: t.location,
    anonymous: t.reporter_name === null,
    reporterName: t.reporter_name,
    reporterPhone: t.reporter_phone,
    state: t.state,
    filedAt: iso(t.filed_at)!,
    reviewedAt: iso(t.reviewed_at),
    decidedAt: iso(t.decided_at),
    rejectReason: t.reject_reason,
    hazardId: t.hazard_id,
    hazardState: t.hazard_state,
    reward:
      t.fine_fen === null || t.reward_fen === null
        ? null
        : {
            fineYuan: fenToYuan(t.fine_fen),
            rewardYuan: fenToYuan(t.reward_fen),
            recordedAt: iso(t.reward_recorded_at)!,
            paidOn: t.reward_paid_on,
          },
  };
}

/**
 * What the receipt code holder sees: the progress, the reason if not substantiated, the hazard's
 * state as a label, the reward — nothing internal to the enterprise or the agency.
 */
export function publicStatusDto(t: TipoffView) {
  return {
    enterpriseName: t.enterprise_name,
    kind: t.kind,
    filedAt: iso(t.filed_at)!,
    state: t.state,
    stateLabel: STATE_NAMES[t.state],
    rejectReason: t.state === 'unsubstantiated' ? t.reject_reason : null,
    hazardStateLabel: t.hazard_state ? HAZARD_STATE_NAMES[t.hazard_state] : null,
    reward:
      t.reward_fen === null
        ? null
        : {
            amountYuan: fenToYuan(t.reward_fen),
            paid: t.reward_paid_on !== null,
            paidOn: t.reward_paid_on,
          },
  };
}

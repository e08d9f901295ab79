// The blacklist (严重失信主体名单) as the API answers it.

export type BlacklistState = 'proposed' | 'notified' | 'listed' | 'removed' | 'withdrawn';
export type BlacklistMove =
  | 'notify'
  | 'statement'
  | 'list'
  | 'withdraw'
  | 'apply_repair'
  | 'approve_repair'
  | 'refuse_repair'
  | 'expire'
  | 'revoke_removal';

export interface BlacklistEntry {
  id: string;
  enterprise: { id: string; name: string; creditCode: string };
  jurisdictionCode: string;
  agency: { id: string; name: string };
  state: BlacklistState;
  penaltyDecisionNumber: string;
  reason: string;
  legalBasis: string;
  proposedAt: string;
  notifiedAt: string | null;
  statementDueAt: string | null;
  statement: string | null;
  statementAt: string | null;
  decisionNumber: string | null;
  listedAt: string | null;
  listedUntil: string | null;
  removedAt: string | null;
  removalKind: 'expired' | 'early' | null;
  /** What the caller may do now. */
  moves: BlacklistMove[];
}

export interface BlacklistEntryDetail extends BlacklistEntry {
  repairPossibleFrom: string | null;
  events: {
    id: string;
    action: string;
    fromState: BlacklistState | null;
    toState: BlacklistState;
    actor: { id: string; name: string } | null;
    note: string | null;
    at: string;
  }[];
  repairs: {
    id: string;
    reason: string;
    appliedAt: string;
    state: 'pending' | 'approved' | 'refused';
    decidedAt: string | null;
    decisionNote: string | null;
  }[];
}

export interface PublicBlacklistEntry {
  enterpriseName: string;
  creditCode: string;
  agencyName: string;
  reason: string;
  legalBasis: string;
  penaltyDecisionNumber: string;
  decisionNumber: string;
  listedAt: string;
  listedUntil: string;
}

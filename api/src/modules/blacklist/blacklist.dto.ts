import type { BlacklistRepairRow } from '@shuangfang/db';
import type { BlacklistMove } from './blacklist-states.js';
import type { EntryView, listEvents } from './blacklist.repository.js';

// Rows (snake_case, Dates) to the API's shapes (camelCase, ISO strings).

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

export function entryDto(r: EntryView, moves: BlacklistMove[]) {
  return {
    id: r.id,
    enterprise: { id: r.enterprise_id, name: r.enterprise_name, creditCode: r.credit_code },
    jurisdictionCode: r.jurisdiction_code,
    agency: { id: r.agency_id, name: r.agency_name },
    state: r.state,
    penaltyDecisionNumber: r.penalty_decision_number,
    reason: r.reason,
    legalBasis: r.legal_basis,
    proposedAt: iso(r.proposed_at),
    notifiedAt: isoOrNull(r.notified_at),
    statementDueAt: isoOrNull(r.statement_due_at),
    statement: r.statement,
    statementAt: isoOrNull(r.statement_at),
    decisionNumber: r.decision_number,
    listedAt: isoOrNull(r.listed_at),
    listedUntil: isoOrNull(r.listed_until),
    removedAt: isoOrNull(r.removed_at),
    removalKind: r.removal_kind,
    moves,
  };
}

type EventRow = Awaited<ReturnType<typeof listEvents>>[number];

export const eventDto = (v: EventRow) => ({
  id: v.id,
  action: v.action,
  fromState: v.from_state,
  toState: v.to_state,
  actor: v.actor_id === null ? null : { id: v.actor_id, name: v.actor_name ?? '' },
  note: v.note,
  at: iso(v.at),
});

export const repairDto = (r: BlacklistRepairRow) => ({
  id: r.id,
  reason: r.reason,
  appliedAt: iso(r.applied_at),
  state: r.state,
  decidedAt: isoOrNull(r.decided_at),
  decisionNote: r.decision_note,
});

/** What the public sees of a listing in force: the published facts, nothing about people. */
export const publicDto = (r: EntryView) => ({
  enterpriseName: r.enterprise_name,
  creditCode: r.credit_code,
  agencyName: r.agency_name,
  reason: r.reason,
  legalBasis: r.legal_basis,
  penaltyDecisionNumber: r.penalty_decision_number,
  decisionNumber: r.decision_number ?? '',
  listedAt: iso(r.listed_at!),
  listedUntil: iso(r.listed_until!),
});

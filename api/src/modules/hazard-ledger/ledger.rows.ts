import type { SearchRow } from '../hazards/hazard-search.repository.js';
import { STATE_NAMES } from '../hazards/hazard-states.js';

// One row of the 隐患排查治理台账, as the page shows it and the .xlsx prints it. The reporter's name
// appears in the enterprise's own ledger only: a regulator's ledger covers many enterprises and
// has no need of who, inside one, found what.

const DAY = 86_400_000;
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Whole days past the deadline, counting a started day; 0 when not overdue. */
export function overdueDays(deadline: Date | string | null, overdue: boolean, now = Date.now()) {
  if (!overdue || deadline === null) return 0;
  return Math.max(1, Math.ceil((now - new Date(deadline).getTime()) / DAY));
}

/**
 * Where the hazard is: its risk object, unit and the place written on it, each named once. A part
 * equal to another, or contained in a later one (the object 「一号车间」 before the place
 * 「一号车间东侧」), is left out, so a location typed as the unit's name does not print twice.
 */
export function locationOf(parts: (string | null | undefined)[]): string {
  const names = parts.map((p) => p?.trim() ?? '').filter(Boolean);
  return names
    .filter(
      (p, i) => names.indexOf(p) === i && !names.some((q, j) => j > i && q !== p && q.includes(p)),
    )
    .join(' / ');
}

export function ledgerRow(h: SearchRow, withReporter: boolean) {
  return {
    id: h.id,
    enterpriseId: h.enterprise_id,
    enterpriseName: h.enterprise_name,
    description: h.description,
    location: locationOf([h.risk_object_name, h.risk_unit_name, h.location]),
    source: h.source,
    kind: h.kind,
    category: h.category,
    grade: h.grade,
    foundAt: iso(h.created_at)!,
    reporterName: withReporter ? h.reporter_name : null,
    measures: h.plan?.measures ?? null,
    responsiblePerson: h.plan?.responsiblePerson ?? null,
    funds: h.plan?.funds ?? null,
    deadline: iso(h.deadline),
    state: h.state,
    stateName: STATE_NAMES[h.state],
    acceptorName: h.acceptor_name ?? null,
    closedAt: iso(h.closed_at),
    overdue: h.overdue,
    overdueDays: overdueDays(h.deadline, h.overdue),
  };
}
export type LedgerRow = ReturnType<typeof ledgerRow>;

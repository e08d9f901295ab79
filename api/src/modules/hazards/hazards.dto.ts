import type { HazardEventRow, HazardExtensionRow } from '@shuangfang/db';
import type { HazardView } from './hazards.repository.js';
import { citation } from '../criteria/criteria-rules.js';

// Rows (snake_case, Dates) to the API's shapes (camelCase, ISO strings), one mapper per table.

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

type Linked = Pick<HazardView, 'criterion' | 'criteria_origin' | 'criteria_dismissal'>;

/** The 判定 item version the hazard was judged against, cited as reports and to-dos cite it. */
export function criterionDto(h: Linked) {
  const c = h.criterion;
  if (!c || !h.criteria_origin) return null;
  return {
    itemId: c.itemId,
    version: c.version,
    newerVersion: c.currentVersion > c.version,
    standard: { code: c.standardCode, title: c.standardTitle, docNumber: c.docNumber },
    number: c.number,
    citation: citation(c),
    text: c.text,
    origin: h.criteria_origin,
    notApplicableReason: h.criteria_dismissal,
  };
}

export const hazardDto = (h: HazardView) => ({
  id: h.id,
  enterpriseId: h.enterprise_id,
  source: h.source,
  kind: h.kind,
  category: h.category,
  description: h.description,
  location: h.location,
  riskObjectId: h.risk_object_id,
  riskUnitId: h.risk_unit_id,
  controlMeasureId: h.control_measure_id,
  grade: h.grade,
  manageType: h.manage_type,
  state: h.state,
  deadline: isoOrNull(h.deadline),
  overdue: h.overdue,
  plan: h.plan ? { ...h.plan, responsibleUserId: h.responsible_user_id } : null,
  reporter: { id: h.reporter_id, name: h.reporter_name },
  rectifierId: h.rectifier_id,
  foundByAgencyId: h.found_by_agency_id,
  criterion: criterionDto(h),
  createdAt: iso(h.created_at),
  updatedAt: iso(h.updated_at),
  closedAt: isoOrNull(h.closed_at),
});

export const eventDto = (e: HazardEventRow) => ({
  id: e.id,
  seq: Number(e.seq),
  action: e.action,
  fromState: e.from_state,
  toState: e.to_state,
  actor: { id: e.actor_id, name: e.actor_name },
  at: iso(e.at),
  comment: e.comment,
  attachments: e.attachments,
  payload: e.payload,
  prevHash: e.prev_hash,
  hash: e.hash,
});

export const extensionDto = (x: HazardExtensionRow) => ({
  id: x.id,
  previousDeadline: iso(x.previous_deadline),
  requestedDeadline: iso(x.requested_deadline),
  reason: x.reason,
  state: x.state,
  requestedBy: x.requested_by,
  requestedAt: iso(x.requested_at),
  decidedBy: x.decided_by,
  decidedAt: isoOrNull(x.decided_at),
  refusalReason: x.refusal_reason,
});

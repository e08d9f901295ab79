import type { ReportRow } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { allow } from '../../middlewares/access.js';
import { recipientOf } from './reports.repository.js';

// Who may call each report route at all (403 otherwise); which enterprise is decided by scope
// (404), and drafts are hidden from the recipients' side by the service (404).

/** Managers read drafts and submitted reports; recipients read submitted ones. Workers: none. */
export const reportReaders = allow(
  'enterprise_admin',
  'safety_manager',
  'agency_admin',
  'inspector',
  'congress_rep',
);
/** The 主要负责人 drafts, edits and signs (submits). */
export const reportWriters = allow('enterprise_admin');
/** The recipients sign for receipt: the supervising agency's people and congress reps. */
export const reportAcknowledgers = allow('agency_admin', 'inspector', 'congress_rep');
/** The notice board: every enterprise role, and regulators in scope. */
export const noticeBoardReaders = allow(
  'enterprise_admin',
  'safety_manager',
  'worker',
  'congress_rep',
  'agency_admin',
  'inspector',
);

/** What a page may offer on one report; every one is decided again by its route. */
export const REPORT_ACTIONS = ['edit', 'submit', 'acknowledge'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/**
 * The 主要负责人 edits and signs a draft; a recipient signs for receipt of a submitted report its
 * side has not signed yet — the agency it was sent to (not the agencies above it, which read) or
 * the enterprise's congress representatives.
 */
export function reportActions(
  who: Who,
  r: Pick<ReportRow, 'state' | 'agency_id'>,
  awaiting: readonly string[],
): ReportAction[] {
  if (r.state === 'draft') return who.role === 'enterprise_admin' ? ['edit', 'submit'] : [];
  const side = recipientOf(who);
  const ours = side === 'congress' || (side === 'agency' && who.agencyId === r.agency_id);
  return ours && awaiting.includes(side!) ? ['acknowledge'] : [];
}

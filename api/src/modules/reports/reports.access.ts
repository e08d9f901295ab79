import { allow } from '../../middlewares/access.js';

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

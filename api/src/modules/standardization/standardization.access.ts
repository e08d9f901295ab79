import { allow } from '../../middlewares/access.js';

// Who may call each standardization route at all (403 otherwise); which enterprise is decided by
// scope (404), and which agency may grade by the authority rules in the service (403).

/** The 主要负责人 applies for the enterprise. */
export const applicants = allow('enterprise_admin');
/** The enterprise's own people read its certificate and applications; regulators in scope too. */
export const standardizationReaders = allow(
  'enterprise_admin',
  'safety_manager',
  'worker',
  'congress_rep',
  'agency_admin',
  'inspector',
);
/** Regulators read the applications and certificates of their subtree. */
export const regulatorReaders = allow('agency_admin', 'inspector');
/** Grading (review, 公示, grant, revoke, downgrade) is an agency admin's act. */
export const graders = allow('agency_admin');

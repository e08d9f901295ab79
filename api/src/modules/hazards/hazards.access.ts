import { allow } from '../../middlewares/access.js';

// Who may call each hazard route at all (403 otherwise); which hazard and which move is then
// decided by the service (hazard-permissions.ts), and which enterprise by scope (404).
//
// Congress representatives are left out for now: they get their own read-only view (the notice
// board, without reporter identities), not these routes.

/** Enterprise people report; regulators whose subtree holds the enterprise register findings. */
export const hazardWriters = allow(
  'enterprise_admin',
  'safety_manager',
  'worker',
  'agency_admin',
  'inspector',
);
/** Workers read only their own reports (filtered by the service); the rest read all. */
export const hazardReaders = hazardWriters;
/** Regulators read their subtree's hazards across enterprises. */
export const subtreeReaders = allow('agency_admin', 'inspector');
/** The enterprise's managers change a plan while it is carried out. */
export const planEditors = allow('enterprise_admin', 'safety_manager');
/** Managers, or a worker named as the plan's responsible user. */
export const extensionRequesters = allow('enterprise_admin', 'safety_manager', 'worker');
/** The 主要负责人, or the finding regulator for a hazard it found. */
export const extensionDeciders = allow('enterprise_admin', 'agency_admin', 'inspector');
export const chainVerifiers = allow(
  'enterprise_admin',
  'safety_manager',
  'agency_admin',
  'inspector',
);

import { allow } from '../../middlewares/access.js';

// Check tasks are done by the enterprise's workers and overseen by its managers (docs/domain.md
// section 7); which measures a worker sees is decided by the service (their positions).
export const checkDoers = allow('enterprise_admin', 'safety_manager', 'worker');
/** The history is also read by the regulators above the enterprise. */
export const checkHistoryReaders = allow(
  'enterprise_admin',
  'safety_manager',
  'worker',
  'agency_admin',
  'inspector',
);

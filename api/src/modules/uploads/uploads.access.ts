import { allow } from '../../middlewares/access.js';

// Photos are taken by the enterprise's people (checks, 随手拍, rectification) and by regulators
// registering a finding; whose enterprise is then decided by scope (404 outside it).
export const uploaders = allow(
  'enterprise_admin',
  'safety_manager',
  'worker',
  'agency_admin',
  'inspector',
);
/** Everyone who reads the enterprise's hazards or registers reads their photos. */
export const uploadReaders = allow(
  'enterprise_admin',
  'safety_manager',
  'worker',
  'congress_rep',
  'agency_admin',
  'inspector',
);

import { allow } from '../../middlewares/access.js';

// Who may use an enterprise's registers (risk chain, positions, site plan): its own people and
// the regulators above it read; its admin and safety managers write. Scope (which enterprise)
// is checked by the services: another enterprise or jurisdiction is a 404.
export const registerReaders = allow(
  'agency_admin',
  'inspector',
  'enterprise_admin',
  'safety_manager',
  'worker',
  'congress_rep',
);
export const registerWriters = allow('enterprise_admin', 'safety_manager');

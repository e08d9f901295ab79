import { allow } from '../../middlewares/access.js';

/** Tip-offs are triaged by the agencies over the enterprise (docs/domain.md section 7); scope → 404. */
export const triagers = allow('agency_admin', 'inspector');

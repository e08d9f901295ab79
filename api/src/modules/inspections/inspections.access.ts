import { allow } from '../../middlewares/access.js';

// Who may call each inspection route at all (403 otherwise). Everything then belongs to the
// caller's own agency: another agency's inspector, item, plan or inspection answers 404.

/** The directory and the catalogue are kept by the agency's administrators. */
export const directoryKeepers = allow('agency_admin');
/** Read by the agency's people, who pick items and see who may be drawn. */
export const agencyPeople = allow('agency_admin', 'inspector');

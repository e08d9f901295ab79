import { allow } from '../../middlewares/access.js';

// Duties (docs/domain-chemicals.md section 5): the enterprise's own people read them (the permit
// form picks its people here); only the 主要负责人 gives them.
export const dutyReaders = allow('enterprise_admin', 'safety_manager', 'worker');
export const dutyAssigners = allow('enterprise_admin');

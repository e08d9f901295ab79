import { AGENCY_ROLES as AGENCY, ENTERPRISE_ROLES as ENTERPRISE } from '@shuangfang/db/enums';
import type { Role } from './types';

// The fixed lists come from the one definition the database's CHECK constraints are built from
// (db/src/enums.ts has no imports, so it bundles into the browser code as it is).
export {
  ENTERPRISE_SCALES as SCALES,
  INDUSTRIES,
  JURISDICTION_LEVELS as LEVELS,
  ROLES,
} from '@shuangfang/db/enums';

// Widened, so `.includes(role)` takes any role.
export const AGENCY_ROLES: readonly Role[] = AGENCY;
export const ENTERPRISE_ROLES: readonly Role[] = ENTERPRISE;

/** Which roles a user acting as `role` may create accounts for (the API enforces the same). */
export function creatableRoles(role: Role): Role[] {
  if (role === 'platform_admin') return ['agency_admin'];
  if (role === 'agency_admin') return ['inspector', 'enterprise_admin'];
  if (role === 'enterprise_admin') return ['safety_manager', 'worker', 'congress_rep'];
  return [];
}

import { allow } from '../../middlewares/access.js';
import type { ActingMembership } from '../../auth/actor.js';
import { pathCovers } from '../../auth/scope.js';
import { forbidden } from '../../lib/errors.js';

// Who may call each blacklist route (403 otherwise); which enterprise is decided by scope (404).
// Among the agencies in scope, only the proposing agency and those above it move an entry
// (应急管理部令第11号: the agency that imposed the penalty decides); the others read it.

/** An entry is read by the enterprise's managers (once notified) and the regulators in scope. */
export const entryReaders = allow(
  'enterprise_admin',
  'safety_manager',
  'agency_admin',
  'inspector',
);
/** The regulator's list of its subtree. */
export const subtreeReaders = allow('agency_admin', 'inspector');
/** Proposals and every agency move: the agency's administrators. */
export const agencyMovers = allow('agency_admin');
/** 陈述申辩 and 信用修复 applications: the enterprise's 主要负责人. */
export const enterpriseFilers = allow('enterprise_admin');

/** Whether the membership's agency is the proposing agency or one above it. */
export const actsForAgency = (m: ActingMembership, agencyPath: string) =>
  m.jurisdictionPath !== null && pathCovers(m.jurisdictionPath, agencyPath);

export function requireActsForAgency(m: ActingMembership, agencyPath: string, agencyName: string) {
  if (!actsForAgency(m, agencyPath)) {
    throw forbidden(`只有提出列入的部门（${agencyName}）或其上级部门可以办理`);
  }
}

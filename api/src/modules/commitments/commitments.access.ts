import type { Who } from '../../auth/actor.js';
import { allow } from '../../middlewares/access.js';
import { isManager } from '../hazards/hazards.access.js';

// The daily 承诺 (docs/domain-chemicals.md section 4): published by the 主要负责人, or by an account
// the enterprise named 值班负责人 (duty commitment_deputy); read by its people and the regulators
// above; the gate screen is public through its revocable link.
export const commitmentReaders = allow(
  'enterprise_admin',
  'safety_manager',
  'worker',
  'agency_admin',
  'inspector',
);
export const commitmentPublishers = allow('enterprise_admin', 'safety_manager', 'worker');
export const screenLinkKeepers = allow('enterprise_admin', 'safety_manager');
export const subtreeReaders = allow('agency_admin', 'inspector');

/** As whom the caller commits, or null when they may not. */
export function committerRole(who: Who, isDeputy: boolean): 'principal' | 'deputy' | null {
  if (who.role === 'enterprise_admin') return 'principal';
  return isDeputy ? 'deputy' : null;
}

export const mayKeepScreenLink = (who: Who) => isManager(who);

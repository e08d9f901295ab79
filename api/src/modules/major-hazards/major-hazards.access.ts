import type { Who } from '../../auth/actor.js';
import { allow } from '../../middlewares/access.js';
import { isManager } from '../hazards/hazards.access.js';

// 重大危险源 (docs/domain-chemicals.md section 2): registered by the enterprise's managers, read by
// its people (the 公示牌 is for them) and the regulators above. The 包保责任人 are named by the
// 主要负责人 alone: the 办法 (第四条) gives the 主要负责人 the designation of the others.
export const majorHazardReaders = allow(
  'enterprise_admin',
  'safety_manager',
  'worker',
  'congress_rep',
  'agency_admin',
  'inspector',
);
export const majorHazardWriters = allow('enterprise_admin', 'safety_manager');
export const custodianAssigners = allow('enterprise_admin');
/** The enterprise's own completion: its managers and the regulators above. */
export const completionReaders = allow(
  'enterprise_admin',
  'safety_manager',
  'agency_admin',
  'inspector',
);
/** The regulator's roll-up across its subtree. */
export const subtreeCompletionReaders = allow('agency_admin', 'inspector');

export const MAJOR_HAZARD_ACTIONS = [
  'edit',
  'archive',
  'assign_custodians',
  'set_run_state',
] as const;
export type MajorHazardAction = (typeof MAJOR_HAZARD_ACTIONS)[number];

export function majorHazardActions(who: Who, archived: boolean): MajorHazardAction[] {
  if (archived || !isManager(who)) return [];
  const out: MajorHazardAction[] = ['edit', 'archive', 'set_run_state'];
  if (who.role === 'enterprise_admin') out.splice(2, 0, 'assign_custodians');
  return out;
}

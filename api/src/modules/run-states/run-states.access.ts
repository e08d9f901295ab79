import type { Who } from '../../auth/actor.js';
import { allow } from '../../middlewares/access.js';
import { isManager } from '../hazards/hazards.access.js';

// Run states (docs/domain-chemicals.md section 3): the enterprise's managers set them; its people
// and the regulators above read them. A 开车前检查 is recorded by a manager, a worker whose
// position works in the unit, or a 包保责任人 of the 重大危险源.
export const runStateReaders = allow(
  'enterprise_admin',
  'safety_manager',
  'worker',
  'agency_admin',
  'inspector',
);
export const runStateWriters = allow('enterprise_admin', 'safety_manager');

export const maySetState = (who: Who) => isManager(who);

export function mayRecordPrestart(
  who: Who,
  subject: { unitId: string | null; majorHazardId: string | null },
  mine: { units: Set<string>; majorHazards: Set<string> },
) {
  if (isManager(who)) return true;
  if (subject.unitId) return mine.units.has(subject.unitId);
  return subject.majorHazardId !== null && mine.majorHazards.has(subject.majorHazardId);
}

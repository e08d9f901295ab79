import { isManager } from '../hazards/hazards.access.js';
import { isLibraryAdmin, libraryAdmins } from '../criteria/criteria.access.js';
import type { ADOPTION_ACTIONS, CHECK_ITEM_ACTIONS } from './check-items.schemas.js';

// The check-item library is read by anyone and kept by platform admins, like the 判定标准
// library; what a measure adopts is the enterprise's, written by its managers (the register's
// writers) and read by those who read its register.

export { libraryAdmins, isLibraryAdmin };
export {
  registerReaders as adoptionReaders,
  registerWriters as adopters,
} from '../risk/risk.access.js';

type CheckItemAction = (typeof CHECK_ITEM_ACTIONS)[number];

/** A 判定 item is edited in the 判定标准 library, so it has no action here. */
export function checkItemActions(
  admin: boolean,
  item: { kind: 'check' | 'criterion'; archived: boolean },
): CheckItemAction[] {
  if (!admin || item.kind !== 'check') return [];
  return item.archived ? ['edit', 'restore'] : ['edit', 'archive'];
}

export const adoptionActions = (who: { role: Parameters<typeof isManager>[0]['role'] }) =>
  (isManager(who) ? ['adopt'] : []) as (typeof ADOPTION_ACTIONS)[number][];

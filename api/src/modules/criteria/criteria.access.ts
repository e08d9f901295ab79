import type { CriteriaStandardStatus } from '@shuangfang/db';
import type { Actor } from '../../auth/actor.js';
import { allow } from '../../middlewares/access.js';
import type { ITEM_ACTIONS, STANDARD_ACTIONS } from './criteria.schemas.js';

// Who may do what with the 判定标准 library (docs/domain-criteria.md). Anyone reads it, with or
// without a session; only a platform admin writes it. The reads tell a platform admin what it
// may do with each record (`actions`), so a page needs no rule of its own.

/** The library's writers. */
export const libraryAdmins = allow('platform_admin');

/** Enterprise people and the regulators over them: the hazard form's search. */
export const hazardFormUsers = allow(
  'enterprise_admin',
  'safety_manager',
  'worker',
  'agency_admin',
  'inspector',
);

/** The regulator's view of 重大隐患 by 判定 item. */
export const majorViewReaders = allow('agency_admin', 'inspector', 'platform_admin');

/** A public read's optional caller: a platform admin who may act on the library. */
export const isLibraryAdmin = (actor: Actor | null) =>
  actor !== null && !actor.mustChangePassword && actor.membership?.role === 'platform_admin';

type StandardAction = (typeof STANDARD_ACTIONS)[number];
type ItemAction = (typeof ITEM_ACTIONS)[number];

/** A retired standard gets no new items; one already given a retirement day is not retired again. */
export function standardActions(
  admin: boolean,
  s: { retired_from: string | null },
  status: CriteriaStandardStatus,
): StandardAction[] {
  if (!admin) return [];
  const actions: StandardAction[] = ['edit'];
  if (s.retired_from === null) actions.push('retire');
  if (status !== 'retired') actions.push('add_item');
  return actions;
}

export const itemActions = (admin: boolean): ItemAction[] => (admin ? ['edit'] : []);

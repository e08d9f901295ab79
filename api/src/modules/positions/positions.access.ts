import type { Role } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';

// What the caller may do with one position now. The routes' gates (registerWriters) say who may
// write at all; a position is changed only by its own enterprise's writers, and an archived one
// not at all (the service refuses it with 409).

export const POSITION_ACTIONS = ['update', 'archive'] as const;
export type PositionAction = (typeof POSITION_ACTIONS)[number];

const WRITERS: readonly Role[] = ['enterprise_admin', 'safety_manager'];

export function positionActions(
  m: ActingMembership,
  enterpriseId: string,
  archived: boolean,
): PositionAction[] {
  if (archived || m.enterpriseId !== enterpriseId || !WRITERS.includes(m.role)) return [];
  return [...POSITION_ACTIONS];
}

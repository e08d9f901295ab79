import type { Who } from '../../auth/actor.js';
import { allow } from '../../middlewares/access.js';

/** The enterprise's people read their own workbench; regulators above it read its figures. */
export const workbenchReaders = allow(
  'enterprise_admin',
  'safety_manager',
  'worker',
  'agency_admin',
  'inspector',
);

/**
 * To-dos are the caller's own work at their own enterprise. A regulator reading an enterprise's
 * workbench sees its figures, not a to-do list: its own to-dos are on its notifications.
 */
export const hasToDosAt = (who: Pick<Who, 'enterpriseId'>, enterpriseId: string) =>
  who.enterpriseId === enterpriseId;

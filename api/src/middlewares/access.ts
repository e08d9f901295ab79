import { ROLES, type Role } from '@shuangfang/db';
import { createMiddleware } from 'hono/factory';
import type { Context } from 'hono';
import type { ActingMembership, Actor, Who } from '../auth/actor.js';
import type { AppEnv } from '../lib/create-router.js';
import { AppError, forbidden, unauthenticated } from '../lib/errors.js';

/** Any logged-in user, even one who must still change the initial password. */
export const authenticated = Object.assign(
  createMiddleware<AppEnv>(async (c, next) => {
    if (!c.var.actor) throw unauthenticated();
    await next();
  }),
  // Every role (lib/operations.ts publishes who may call what from these tags).
  { roles: ROLES as readonly Role[] },
);

/**
 * The one gate for tenant routes: logged in (401), initial password changed (403), and acting
 * as one of `roles` (403). What the role may see is then narrowed by `scope.ts` (404).
 */
export const allow = (...roles: Role[]) =>
  Object.assign(
    createMiddleware<AppEnv>(async (c, next) => {
      const actor = c.var.actor;
      if (!actor) throw unauthenticated();
      if (actor.mustChangePassword) {
        throw new AppError(403, 'PASSWORD_CHANGE_REQUIRED', '请先修改初始密码');
      }
      if (!actor.membership || !roles.includes(actor.membership.role)) throw forbidden();
      await next();
    }),
    // The roles travel with the gate, so the document can say who may call the route and the
    // web can ask which operations the caller may use (lib/operations.ts).
    { roles: roles as readonly Role[] },
  );

export function actorOf(c: Context<AppEnv>): Actor {
  const actor = c.var.actor;
  if (!actor) throw unauthenticated();
  return actor;
}

/** The acting membership of a route guarded by `allow`. */
export function membershipOf(c: Context<AppEnv>): ActingMembership {
  const membership = actorOf(c).membership;
  if (!membership) throw forbidden();
  return membership;
}

/** The caller of a route guarded by `allow`: membership and person together. */
export function whoOf(c: Context<AppEnv>): Who {
  const actor = actorOf(c);
  return { ...membershipOf(c), userId: actor.userId, displayName: actor.displayName };
}

import { clearSessionCookie, writeSessionCookie } from '../../auth/cookie.js';
import { invalidateSession } from '../../auth/session-store.js';
import { clientAddress } from '../../lib/client-address.js';
import type { Context } from 'hono';
import type { AppEnv, Handler } from '../../lib/create-router.js';
import type { Me } from './auth.schemas.js';
import { actorOf } from '../../middlewares/access.js';
import type * as routes from './auth.routes.js';
import * as service from './auth.service.js';

/** What the acting membership may call, beside who the user is (lib/operations.ts). */
const withOperations = (c: Context<AppEnv>, me: Omit<Me, 'operations'>): Me => ({
  ...me,
  operations:
    me.user.mustChangePassword || !me.membership
      ? []
      : (c.var.operationsByRole.get(me.membership.role) ?? []),
});

export const login: Handler<typeof routes.login> = async (c) => {
  const { token, me } = await service.login(
    c.var.db,
    c.var.loginLimits,
    clientAddress(c),
    c.req.valid('json'),
  );
  writeSessionCookie(c, token, c.var.config);
  return c.json(withOperations(c, me), 200);
};

export const logout: Handler<typeof routes.logout> = async (c) => {
  if (c.var.actor) await invalidateSession(c.var.db, c.var.actor.sessionId);
  clearSessionCookie(c);
  return c.json({ ok: true as const }, 200);
};

export const me: Handler<typeof routes.me> = async (c) =>
  c.json(withOperations(c, await service.describeActor(c.var.db, actorOf(c))), 200);

export const changePassword: Handler<typeof routes.changePassword> = async (c) =>
  c.json(
    withOperations(
      c,
      await service.changePassword(c.var.db, c.var.loginLimits, actorOf(c), c.req.valid('json')),
    ),
    200,
  );

export const switchMembership: Handler<typeof routes.switchMembership> = async (c) => {
  const { membershipId } = c.req.valid('json');
  return c.json(
    withOperations(c, await service.switchMembership(c.var.db, actorOf(c), membershipId)),
    200,
  );
};

import { clearSessionCookie, writeSessionCookie } from '../../auth/cookie.js';
import { invalidateSession } from '../../auth/session-store.js';
import { clientAddress } from '../../lib/client-address.js';
import type { Handler } from '../../lib/create-router.js';
import { actorOf } from '../../middlewares/access.js';
import type * as routes from './auth.routes.js';
import * as service from './auth.service.js';

export const login: Handler<typeof routes.login> = async (c) => {
  const { token, me } = await service.login(
    c.var.db,
    c.var.loginLimits,
    clientAddress(c),
    c.req.valid('json'),
  );
  writeSessionCookie(c, token, c.var.config);
  return c.json(me, 200);
};

export const logout: Handler<typeof routes.logout> = async (c) => {
  if (c.var.actor) await invalidateSession(c.var.db, c.var.actor.sessionId);
  clearSessionCookie(c);
  return c.json({ ok: true as const }, 200);
};

export const me: Handler<typeof routes.me> = async (c) =>
  c.json(await service.describeActor(c.var.db, actorOf(c)), 200);

export const changePassword: Handler<typeof routes.changePassword> = async (c) =>
  c.json(
    await service.changePassword(c.var.db, c.var.loginLimits, actorOf(c), c.req.valid('json')),
    200,
  );

export const switchMembership: Handler<typeof routes.switchMembership> = async (c) => {
  const { membershipId } = c.req.valid('json');
  return c.json(await service.switchMembership(c.var.db, actorOf(c), membershipId), 200);
};

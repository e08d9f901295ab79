import type { Handler } from '../../lib/create-router.js';
import { actorOf, membershipOf } from '../../middlewares/access.js';
import type * as routes from './users.routes.js';
import * as service from './users.service.js';

export const list: Handler<typeof routes.list> = async (c) =>
  c.json(await service.list(c.var.db, membershipOf(c), c.req.valid('query')), 200);

export const create: Handler<typeof routes.create> = async (c) =>
  c.json(await service.create(c.var.db, actorOf(c), membershipOf(c), c.req.valid('json')), 201);

export const resetPassword: Handler<typeof routes.resetPassword> = async (c) =>
  c.json(await service.resetPassword(c.var.db, membershipOf(c), c.req.valid('param').id), 200);

export const deactivate: Handler<typeof routes.deactivate> = async (c) =>
  c.json(
    await service.setActive(c.var.db, actorOf(c), membershipOf(c), c.req.valid('param').id, false),
    200,
  );

export const activate: Handler<typeof routes.activate> = async (c) =>
  c.json(
    await service.setActive(c.var.db, actorOf(c), membershipOf(c), c.req.valid('param').id, true),
    200,
  );

export const people: Handler<typeof routes.people> = async (c) =>
  c.json(
    await service.enterprisePeople(c.var.db, membershipOf(c), c.req.valid('param').enterpriseId),
    200,
  );

import type { Handler } from '../../lib/create-router.js';
import { whoOf } from '../../middlewares/access.js';
import { isLibraryAdmin } from './check-items.access.js';
import * as adoption from './check-item-adoption.service.js';
import type * as routes from './check-items.routes.js';
import * as service from './check-items.service.js';

export const list: Handler<typeof routes.list> = async (c) =>
  c.json(await service.list(c.var.db, isLibraryAdmin(c.var.actor), c.req.valid('query')), 200);

export const create: Handler<typeof routes.create> = async (c) =>
  c.json(await service.create(c.var.db, whoOf(c), c.req.valid('json')), 201);

export const update: Handler<typeof routes.update> = async (c) => {
  const { checkItemId } = c.req.valid('param');
  return c.json(await service.update(c.var.db, checkItemId, c.req.valid('json')), 200);
};

export const adopted: Handler<typeof routes.adopted> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await adoption.adopted(c.var.db, whoOf(c), enterpriseId, id), 200);
};

export const adopt: Handler<typeof routes.adopt> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const body = c.req.valid('json');
  return c.json(await adoption.adopt(c.var.db, whoOf(c), enterpriseId, id, body), 201);
};

import type { Handler } from '../../lib/create-router.js';
import { membershipOf, whoOf } from '../../middlewares/access.js';
import type * as routes from './supervision.routes.js';
import * as service from './supervision.service.js';
import { readerOf } from '../../lib/read-routing.js';

export const supervise: Handler<typeof routes.supervise> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const body = c.req.valid('json');
  return c.json(await service.supervise(c.var.db, whoOf(c), enterpriseId, id, body), 201);
};

export const unlist: Handler<typeof routes.unlist> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const body = c.req.valid('json');
  return c.json(await service.unlist(c.var.db, whoOf(c), enterpriseId, id, body), 200);
};

export const list: Handler<typeof routes.list> = async (c) =>
  c.json(await service.list(c.var.db, membershipOf(c), c.req.valid('query')), 200);

export const listPublic: Handler<typeof routes.listPublic> = async (c) =>
  c.json(
    await service.listPublic(
      await readerOf(c),
      c.req.valid('param').agencyId,
      c.req.valid('query'),
    ),
    200,
  );

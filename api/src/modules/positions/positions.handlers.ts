import type { Handler } from '../../lib/create-router.js';
import { membershipOf } from '../../middlewares/access.js';
import type * as routes from './positions.routes.js';
import * as service from './positions.service.js';

export const list: Handler<typeof routes.list> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  const includeArchived = c.req.valid('query').includeArchived === 'true';
  const items = await service.list(c.var.db, membershipOf(c), enterpriseId, includeArchived);
  return c.json({ items }, 200);
};

export const create: Handler<typeof routes.create> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(
    await service.create(c.var.db, membershipOf(c), enterpriseId, c.req.valid('json')),
    201,
  );
};

export const update: Handler<typeof routes.update> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(
    await service.update(c.var.db, membershipOf(c), enterpriseId, id, c.req.valid('json')),
    200,
  );
};

export const archive: Handler<typeof routes.archive> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.archive(c.var.db, membershipOf(c), enterpriseId, id), 200);
};

import type { Handler } from '../../lib/create-router.js';
import { whoOf } from '../../middlewares/access.js';
import type * as routes from './duties.routes.js';
import * as service from './duties.service.js';

export const list: Handler<typeof routes.list> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.list(c.var.db, whoOf(c), enterpriseId), 200);
};

export const assign: Handler<typeof routes.assign> = async (c) => {
  const { enterpriseId, duty } = c.req.valid('param');
  return c.json(
    await service.assign(c.var.db, whoOf(c), enterpriseId, duty, c.req.valid('json')),
    200,
  );
};

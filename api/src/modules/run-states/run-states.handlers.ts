import type { Handler } from '../../lib/create-router.js';
import { whoOf } from '../../middlewares/access.js';
import type * as routes from './run-states.routes.js';
import * as service from './run-states.service.js';

export const overview: Handler<typeof routes.overview> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.overview(c.var.db, whoOf(c), enterpriseId), 200);
};

export const setState: Handler<typeof routes.setState> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.setState(c.var.db, whoOf(c), enterpriseId, c.req.valid('json')), 201);
};

export const history: Handler<typeof routes.history> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.history(c.var.db, whoOf(c), enterpriseId, c.req.valid('query')), 200);
};

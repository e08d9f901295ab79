import type { Handler } from '../../lib/create-router.js';
import { whoOf } from '../../middlewares/access.js';
import type * as routes from './preferences.routes.js';
import * as service from './preferences.service.js';

export const get: Handler<typeof routes.get> = async (c) =>
  c.json(await service.get(c.var.db, c.var.config, whoOf(c)), 200);

export const save: Handler<typeof routes.save> = async (c) =>
  c.json(await service.save(c.var.db, c.var.config, whoOf(c), c.req.valid('json')), 200);

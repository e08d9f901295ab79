import type { Handler } from '../../lib/create-router.js';
import { whoOf } from '../../middlewares/access.js';
import type * as routes from './deliveries.routes.js';
import * as service from './deliveries.service.js';

export const list: Handler<typeof routes.list> = async (c) =>
  c.json(await service.list(c.var.db, whoOf(c), c.req.valid('query')), 200);

export const getOne: Handler<typeof routes.getOne> = async (c) =>
  c.json(await service.getOne(c.var.db, whoOf(c), c.req.valid('param').id), 200);

export const resend: Handler<typeof routes.resend> = async (c) =>
  c.json(await service.resend(c.var.db, whoOf(c), c.req.valid('param').id), 201);

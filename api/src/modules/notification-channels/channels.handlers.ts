import type { Handler } from '../../lib/create-router.js';
import { whoOf } from '../../middlewares/access.js';
import type * as routes from './channels.routes.js';
import * as service from './channels.service.js';

export const list: Handler<typeof routes.list> = async (c) =>
  c.json(await service.list(c.var.db, whoOf(c)), 200);

export const create: Handler<typeof routes.create> = async (c) =>
  c.json(await service.create(c.var.db, c.var.config, whoOf(c), c.req.valid('json')), 201);

export const update: Handler<typeof routes.update> = async (c) => {
  const { id } = c.req.valid('param');
  const body = c.req.valid('json');
  return c.json(await service.update(c.var.db, c.var.config, whoOf(c), id, body), 200);
};

export const archive: Handler<typeof routes.archive> = async (c) =>
  c.json(await service.archive(c.var.db, whoOf(c), c.req.valid('param').id), 200);

export const test: Handler<typeof routes.test> = async (c) =>
  c.json(await service.test(c.var.db, c.var.config, whoOf(c), c.req.valid('param').id), 200);

import type { Handler } from '../../lib/create-router.js';
import { membershipOf } from '../../middlewares/access.js';
import type * as routes from './agencies.routes.js';
import * as service from './agencies.service.js';
import { readerOf } from '../../lib/read-routing.js';

export const list: Handler<typeof routes.list> = async (c) => {
  const { jurisdictionCode } = c.req.valid('query');
  return c.json({ items: await service.list(c.var.db, membershipOf(c), jurisdictionCode) }, 200);
};

export const create: Handler<typeof routes.create> = async (c) =>
  c.json(await service.create(c.var.db, c.req.valid('json')), 201);

export const publicList: Handler<typeof routes.publicList> = async (c) =>
  c.json({ items: await service.listPublic(await readerOf(c)) }, 200);

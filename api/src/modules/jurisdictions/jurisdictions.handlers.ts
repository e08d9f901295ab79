import type { Handler } from '../../lib/create-router.js';
import { actorOf, membershipOf } from '../../middlewares/access.js';
import type * as routes from './jurisdictions.routes.js';
import * as service from './jurisdictions.service.js';

export const list: Handler<typeof routes.list> = async (c) =>
  c.json({ items: await service.list(c.var.db, membershipOf(c)) }, 200);

export const create: Handler<typeof routes.create> = async (c) =>
  c.json(await service.create(c.var.db, c.req.valid('json')), 201);

export const getSettings: Handler<typeof routes.getSettings> = async (c) =>
  c.json(await service.getSettings(c.var.db, membershipOf(c), c.req.valid('param').code), 200);

export const updateSettings: Handler<typeof routes.updateSettings> = async (c) =>
  c.json(
    await service.updateSettings(
      c.var.db,
      membershipOf(c),
      actorOf(c).userId,
      c.req.valid('param').code,
      c.req.valid('json'),
    ),
    200,
  );

export const listSettingChanges: Handler<typeof routes.listSettingChanges> = async (c) =>
  c.json(
    await service.listSettingChanges(
      c.var.db,
      membershipOf(c),
      c.req.valid('param').code,
      c.req.valid('query'),
    ),
    200,
  );

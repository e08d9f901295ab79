import type { Handler } from '../../lib/create-router.js';
import { isLibraryAdmin } from './criteria.access.js';
import { membershipOf, whoOf } from '../../middlewares/access.js';
import * as admin from './criteria-admin.service.js';
import type * as routes from './criteria.routes.js';
import * as service from './criteria.service.js';
import { majorByItem as majorByItemService } from './major-hazards.service.js';

// The library's reads need no session; a session, when there is one, decides the `actions`.

export const listStandards: Handler<typeof routes.listStandards> = async (c) =>
  c.json(await service.listStandards(c.var.db, isLibraryAdmin(c.var.actor)), 200);

export const getStandard: Handler<typeof routes.getStandard> = async (c) =>
  c.json(
    await service.getStandard(c.var.db, isLibraryAdmin(c.var.actor), c.req.valid('param').code),
    200,
  );

export const searchItems: Handler<typeof routes.searchItems> = async (c) =>
  c.json(
    await service.searchItems(c.var.db, isLibraryAdmin(c.var.actor), c.req.valid('query')),
    200,
  );

export const getItem: Handler<typeof routes.getItem> = async (c) =>
  c.json(
    await service.getItem(
      c.var.db,
      isLibraryAdmin(c.var.actor),
      c.req.valid('param').criterionItemId,
    ),
    200,
  );

export const createStandard: Handler<typeof routes.createStandard> = async (c) =>
  c.json(await admin.createStandard(c.var.db, whoOf(c), c.req.valid('json')), 201);

export const updateStandard: Handler<typeof routes.updateStandard> = async (c) => {
  const { code } = c.req.valid('param');
  return c.json(await admin.updateStandard(c.var.db, whoOf(c), code, c.req.valid('json')), 200);
};

export const retireStandard: Handler<typeof routes.retireStandard> = async (c) => {
  const { code } = c.req.valid('param');
  return c.json(await admin.retireStandard(c.var.db, whoOf(c), code, c.req.valid('json')), 200);
};

export const addItem: Handler<typeof routes.addItem> = async (c) => {
  const { code } = c.req.valid('param');
  return c.json(await admin.addItem(c.var.db, whoOf(c), code, c.req.valid('json')), 201);
};

export const editItem: Handler<typeof routes.editItem> = async (c) => {
  const { criterionItemId } = c.req.valid('param');
  const body = c.req.valid('json');
  return c.json(await admin.editItem(c.var.db, whoOf(c), criterionItemId, body), 200);
};

export const searchForEnterprise: Handler<typeof routes.searchForEnterprise> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  const q = c.req.valid('query');
  return c.json(await service.searchForEnterprise(c.var.db, whoOf(c), enterpriseId, q), 200);
};

export const majorByItem: Handler<typeof routes.majorByItem> = async (c) =>
  c.json(await majorByItemService(c.var.db, membershipOf(c), c.req.valid('query')), 200);

import type { Handler } from '../../lib/create-router.js';
import { whoOf } from '../../middlewares/access.js';
import * as repair from './blacklist-repair.service.js';
import type * as routes from './blacklist.routes.js';
import * as service from './blacklist.service.js';
import { readerOf } from '../../lib/read-routing.js';

export const listSubtree: Handler<typeof routes.listSubtree> = async (c) =>
  c.json(await service.listSubtree(c.var.db, whoOf(c), c.req.valid('query')), 200);

export const listForEnterprise: Handler<typeof routes.listForEnterprise> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.listForEnterprise(c.var.db, whoOf(c), enterpriseId), 200);
};

export const propose: Handler<typeof routes.propose> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.propose(c.var.db, whoOf(c), enterpriseId, c.req.valid('json')), 201);
};

export const getOne: Handler<typeof routes.getOne> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.getOne(c.var.db, whoOf(c), enterpriseId, id), 200);
};

export const notify: Handler<typeof routes.notify> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.notify(c.var.db, whoOf(c), enterpriseId, id), 200);
};

export const statement: Handler<typeof routes.statement> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const body = c.req.valid('json');
  return c.json(await service.fileStatement(c.var.db, whoOf(c), enterpriseId, id, body), 200);
};

export const list: Handler<typeof routes.list> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.list(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json')), 200);
};

export const withdraw: Handler<typeof routes.withdraw> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const body = c.req.valid('json');
  return c.json(await service.withdraw(c.var.db, whoOf(c), enterpriseId, id, body), 200);
};

export const applyRepair: Handler<typeof routes.applyRepair> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const body = c.req.valid('json');
  return c.json(await repair.applyRepair(c.var.db, whoOf(c), enterpriseId, id, body), 200);
};

export const decideRepair: Handler<typeof routes.decideRepair> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const body = c.req.valid('json');
  return c.json(await repair.decideRepair(c.var.db, whoOf(c), enterpriseId, id, body), 200);
};

export const revokeRemoval: Handler<typeof routes.revokeRemoval> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const body = c.req.valid('json');
  return c.json(await repair.revokeRemoval(c.var.db, whoOf(c), enterpriseId, id, body), 200);
};

export const publicSearch: Handler<typeof routes.publicSearch> = async (c) =>
  c.json(await service.searchPublic(await readerOf(c), c.req.valid('query').q), 200);

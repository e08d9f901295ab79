import type { Handler } from '../../lib/create-router.js';
import { whoOf } from '../../middlewares/access.js';
import type * as routes from './commitments.routes.js';
import * as subtree from './commitments-subtree.service.js';
import * as service from './commitments.service.js';

export const today: Handler<typeof routes.today> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.today(c.var.db, whoOf(c), enterpriseId), 200);
};

export const publish: Handler<typeof routes.publish> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.publish(c.var.db, whoOf(c), enterpriseId, c.req.valid('json')), 201);
};

export const history: Handler<typeof routes.history> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.history(c.var.db, whoOf(c), enterpriseId, c.req.valid('query')), 200);
};

export const detail: Handler<typeof routes.detail> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.getOne(c.var.db, whoOf(c), enterpriseId, id), 200);
};

export const issueScreenLink: Handler<typeof routes.issueScreenLink> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.issueScreenLink(c.var.db, whoOf(c), enterpriseId), 201);
};

export const revokeScreenLink: Handler<typeof routes.revokeScreenLink> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.revokeScreenLink(c.var.db, whoOf(c), enterpriseId), 200);
};

export const gateScreen: Handler<typeof routes.gateScreen> = async (c) =>
  c.json(await service.gateScreen(c.var.db, c.req.valid('param').token), 200);

export const status: Handler<typeof routes.status> = async (c) =>
  c.json(await subtree.status(c.var.db, whoOf(c), c.req.valid('query')), 200);

export const subtreeHistory: Handler<typeof routes.subtreeHistory> = async (c) =>
  c.json(await subtree.history(c.var.db, whoOf(c), c.req.valid('query')), 200);

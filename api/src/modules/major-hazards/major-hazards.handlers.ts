import type { Handler } from '../../lib/create-router.js';
import { whoOf } from '../../middlewares/access.js';
import * as completionService from './custody-completion.service.js';
import type * as routes from './major-hazards.routes.js';
import * as service from './major-hazards.service.js';

export const list: Handler<typeof routes.list> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  const archived = c.req.valid('query').includeArchived === 'true';
  return c.json(await service.list(c.var.db, whoOf(c), enterpriseId, archived), 200);
};

export const create: Handler<typeof routes.create> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.create(c.var.db, whoOf(c), enterpriseId, c.req.valid('json')), 201);
};

export const detail: Handler<typeof routes.detail> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.detail(c.var.db, whoOf(c), enterpriseId, id), 200);
};

export const update: Handler<typeof routes.update> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(
    await service.update(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json')),
    200,
  );
};

export const archive: Handler<typeof routes.archive> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.archive(c.var.db, whoOf(c), enterpriseId, id), 200);
};

export const assignCustodian: Handler<typeof routes.assignCustodian> = async (c) => {
  const { enterpriseId, id, role } = c.req.valid('param');
  return c.json(
    await service.assignCustodian(c.var.db, whoOf(c), enterpriseId, id, role, c.req.valid('json')),
    200,
  );
};

export const board: Handler<typeof routes.board> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.board(c.var.db, whoOf(c), enterpriseId, id), 200);
};

export const completion: Handler<typeof routes.completion> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(
    await completionService.enterpriseCompletion(
      c.var.db,
      whoOf(c),
      enterpriseId,
      c.req.valid('query'),
    ),
    200,
  );
};

export const subtreeCompletion: Handler<typeof routes.subtreeCompletion> = async (c) =>
  c.json(await completionService.subtreeCompletion(c.var.db, whoOf(c), c.req.valid('query')), 200);

import type { Handler } from '../../lib/create-router.js';
import { membershipOf, whoOf } from '../../middlewares/access.js';
import { REPLAYED_HEADER } from '../idempotency/idempotency.schemas.js';
import * as moves from './hazard-moves.service.js';
import { editPlan as editPlanService } from './hazard-plan-edit.service.js';
import { listAcross as listAcrossService } from './hazard-search.service.js';
import type * as routes from './hazards.routes.js';
import * as service from './hazards.service.js';
import { readerOf } from '../../lib/read-routing.js';

export const register: Handler<typeof routes.register> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  const key = c.req.valid('header')['idempotency-key'];
  const answer = await service.register(c.var.db, whoOf(c), enterpriseId, c.req.valid('json'), key);
  if (answer.replayed) c.header(REPLAYED_HEADER, 'true');
  return c.json(answer.body, 201);
};

export const list: Handler<typeof routes.list> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.list(c.var.db, whoOf(c), enterpriseId, c.req.valid('query')), 200);
};

export const listAcross: Handler<typeof routes.listAcross> = async (c) =>
  c.json(await listAcrossService(await readerOf(c), membershipOf(c), c.req.valid('query')), 200);

export const getOne: Handler<typeof routes.getOne> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.getOne(c.var.db, whoOf(c), enterpriseId, id), 200);
};

export const move: Handler<typeof routes.move> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await moves.move(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json')), 200);
};

export const editPlan: Handler<typeof routes.editPlan> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const body = c.req.valid('json');
  return c.json(await editPlanService(c.var.db, whoOf(c), enterpriseId, id, body), 200);
};

export const requestExtension: Handler<typeof routes.requestExtension> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const body = c.req.valid('json');
  return c.json(await moves.requestExtension(c.var.db, whoOf(c), enterpriseId, id, body), 201);
};

export const decideExtension: Handler<typeof routes.decideExtension> = async (c) => {
  const { enterpriseId, id, extensionId } = c.req.valid('param');
  const body = c.req.valid('json');
  return c.json(
    await moves.decideExtension(c.var.db, whoOf(c), enterpriseId, id, extensionId, body),
    200,
  );
};

export const verifyChain: Handler<typeof routes.verifyChain> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.verify(c.var.db, whoOf(c), enterpriseId), 200);
};

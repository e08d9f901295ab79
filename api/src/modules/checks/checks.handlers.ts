import type { Handler } from '../../lib/create-router.js';
import { whoOf } from '../../middlewares/access.js';
import { REPLAYED_HEADER } from '../idempotency/idempotency.schemas.js';
import * as records from './check-records.service.js';
import * as custody from './custody-records.service.js';
import * as prestart from './prestart-records.service.js';
import * as taskService from './check-tasks.service.js';
import type * as routes from './checks.routes.js';

export const tasks: Handler<typeof routes.tasks> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(
    await taskService.tasks(c.var.db, whoOf(c), enterpriseId, c.req.valid('query')),
    200,
  );
};

export const history: Handler<typeof routes.history> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await records.history(c.var.db, whoOf(c), enterpriseId, c.req.valid('query')), 200);
};

export const record: Handler<typeof routes.record> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  const key = c.req.valid('header')['idempotency-key'];
  const answer = await records.record(c.var.db, whoOf(c), enterpriseId, c.req.valid('json'), key);
  if (answer.replayed) c.header(REPLAYED_HEADER, 'true');
  return c.json(answer.body, 201);
};

export const recordCustody: Handler<typeof routes.recordCustody> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(
    await custody.recordCustody(c.var.db, whoOf(c), enterpriseId, c.req.valid('json')),
    201,
  );
};

export const recordPrestart: Handler<typeof routes.recordPrestart> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(
    await prestart.recordPrestart(c.var.db, whoOf(c), enterpriseId, c.req.valid('json')),
    201,
  );
};

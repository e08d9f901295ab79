import { operations } from '../../lib/operations.js';
import { createRouter, type Handler } from '../../lib/create-router.js';
import { membershipOf } from '../../middlewares/access.js';
import * as allRoutes from './completeness.routes.js';
import * as service from './completeness.service.js';

const routes = operations('completeness', allRoutes);

const completeness: Handler<typeof routes.completeness> = async (c) =>
  c.json(
    await service.completeness(c.var.db, membershipOf(c), c.req.valid('param').enterpriseId),
    200,
  );

export const completenessRouter = createRouter().openapi(routes.completeness, completeness);

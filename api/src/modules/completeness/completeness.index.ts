import { createRouter, type Handler } from '../../lib/create-router.js';
import { membershipOf } from '../../middlewares/access.js';
import * as routes from './completeness.routes.js';
import * as service from './completeness.service.js';

const completeness: Handler<typeof routes.completeness> = async (c) =>
  c.json(
    await service.completeness(c.var.db, membershipOf(c), c.req.valid('param').enterpriseId),
    200,
  );

export const completenessRouter = createRouter().openapi(routes.completeness, completeness);

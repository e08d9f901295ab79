import type { Handler } from '../../lib/create-router.js';
import { membershipOf } from '../../middlewares/access.js';
import type * as routes from './dashboard.routes.js';
import { getDashboard } from './dashboard.service.js';

export const get: Handler<typeof routes.get> = async (c) =>
  c.json(await getDashboard(c.var.db, membershipOf(c), c.req.valid('query')), 200);

import type { Handler } from '../../lib/create-router.js';
import { whoOf } from '../../middlewares/access.js';
import type * as routes from './workbench.routes.js';
import { workbench } from './workbench.service.js';

export const get: Handler<typeof routes.get> = async (c) =>
  c.json(await workbench(c.var.db, whoOf(c), c.req.valid('param').enterpriseId), 200);

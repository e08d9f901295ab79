import type { Handler } from '../../lib/create-router.js';
import { membershipOf } from '../../middlewares/access.js';
import type * as routes from './dashboard.routes.js';
import { getHazardTrend } from './dashboard-trend.service.js';
import { getDashboard } from './dashboard.service.js';
import { readerOf } from '../../lib/read-routing.js';

export const get: Handler<typeof routes.get> = async (c) =>
  c.json(await getDashboard(await readerOf(c), membershipOf(c), c.req.valid('query')), 200);

export const hazardTrend: Handler<typeof routes.hazardTrend> = async (c) =>
  c.json(await getHazardTrend(await readerOf(c), membershipOf(c), c.req.valid('query')), 200);

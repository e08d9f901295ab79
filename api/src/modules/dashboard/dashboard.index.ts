import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './dashboard.handlers.js';
import * as allRoutes from './dashboard.routes.js';

const routes = operations('dashboard', allRoutes);

// The fixed path /dashboard/hazard-trend next to /dashboard.
export const dashboardRouter = createRouter()
  .openapi(routes.get, handlers.get)
  .openapi(routes.hazardTrend, handlers.hazardTrend);

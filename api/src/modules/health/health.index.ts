import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './health.handlers.js';
import * as allRoutes from './health.routes.js';

const routes = operations('health', allRoutes);

export const healthRouter = createRouter()
  .openapi(routes.health, handlers.health)
  .openapi(routes.live, handlers.live)
  .openapi(routes.ready, handlers.ready);

import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './positions.handlers.js';
import * as allRoutes from './positions.routes.js';

const routes = operations('positions', allRoutes);

export const positionsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.update, handlers.update)
  .openapi(routes.archive, handlers.archive);

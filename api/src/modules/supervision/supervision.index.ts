import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './supervision.handlers.js';
import * as allRoutes from './supervision.routes.js';

const routes = operations('supervision', allRoutes);

export const supervisionRouter = createRouter()
  .openapi(routes.supervise, handlers.supervise)
  .openapi(routes.unlist, handlers.unlist)
  .openapi(routes.list, handlers.list)
  .openapi(routes.listPublic, handlers.listPublic);

import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './agencies.handlers.js';
import * as allRoutes from './agencies.routes.js';

const routes = operations('agencies', allRoutes);

export const agenciesRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.publicList, handlers.publicList);

import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './duties.handlers.js';
import * as allRoutes from './duties.routes.js';

const routes = operations('duties', allRoutes);

export const dutiesRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.assign, handlers.assign);

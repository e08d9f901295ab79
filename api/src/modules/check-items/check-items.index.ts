import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './check-items.handlers.js';
import * as allRoutes from './check-items.routes.js';

const routes = operations('checkItems', allRoutes);

export const checkItemsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.update, handlers.update)
  .openapi(routes.adopted, handlers.adopted)
  .openapi(routes.adopt, handlers.adopt);

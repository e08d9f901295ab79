import { createRouter } from '../../lib/create-router.js';
import * as handlers from './positions.handlers.js';
import * as routes from './positions.routes.js';

export const positionsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.update, handlers.update)
  .openapi(routes.archive, handlers.archive);

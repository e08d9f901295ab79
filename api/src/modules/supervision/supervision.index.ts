import { createRouter } from '../../lib/create-router.js';
import * as handlers from './supervision.handlers.js';
import * as routes from './supervision.routes.js';

export const supervisionRouter = createRouter()
  .openapi(routes.supervise, handlers.supervise)
  .openapi(routes.unlist, handlers.unlist)
  .openapi(routes.list, handlers.list)
  .openapi(routes.listPublic, handlers.listPublic);

import { createRouter } from '../../lib/create-router.js';
import * as handlers from './agencies.handlers.js';
import * as routes from './agencies.routes.js';

export const agenciesRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.publicList, handlers.publicList);

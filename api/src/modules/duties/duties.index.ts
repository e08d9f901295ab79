import { createRouter } from '../../lib/create-router.js';
import * as handlers from './duties.handlers.js';
import * as routes from './duties.routes.js';

export const dutiesRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.assign, handlers.assign);

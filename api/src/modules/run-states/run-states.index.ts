import { createRouter } from '../../lib/create-router.js';
import * as handlers from './run-states.handlers.js';
import * as routes from './run-states.routes.js';

export const runStatesRouter = createRouter()
  .openapi(routes.overview, handlers.overview)
  .openapi(routes.setState, handlers.setState)
  .openapi(routes.history, handlers.history);

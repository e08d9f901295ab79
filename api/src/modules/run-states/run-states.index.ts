import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './run-states.handlers.js';
import * as allRoutes from './run-states.routes.js';

const routes = operations('runStates', allRoutes);

export const runStatesRouter = createRouter()
  .openapi(routes.overview, handlers.overview)
  .openapi(routes.setState, handlers.setState)
  .openapi(routes.history, handlers.history);

import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './major-hazards.handlers.js';
import * as allRoutes from './major-hazards.routes.js';

const routes = operations('majorHazards', allRoutes);

export const majorHazardsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.detail, handlers.detail)
  .openapi(routes.update, handlers.update)
  .openapi(routes.archive, handlers.archive)
  .openapi(routes.assignCustodian, handlers.assignCustodian)
  .openapi(routes.board, handlers.board)
  .openapi(routes.completion, handlers.completion)
  .openapi(routes.subtreeCompletion, handlers.subtreeCompletion);

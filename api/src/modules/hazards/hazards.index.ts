import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './hazards.handlers.js';
import * as allRoutes from './hazards.routes.js';

const routes = operations('hazards', allRoutes);

export const hazardsRouter = createRouter()
  .openapi(routes.register, handlers.register)
  .openapi(routes.list, handlers.list)
  .openapi(routes.listAcross, handlers.listAcross)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.move, handlers.move)
  .openapi(routes.editPlan, handlers.editPlan)
  .openapi(routes.requestExtension, handlers.requestExtension)
  .openapi(routes.decideExtension, handlers.decideExtension)
  .openapi(routes.verifyChain, handlers.verifyChain);

import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './blacklist.handlers.js';
import * as allRoutes from './blacklist.routes.js';

const routes = operations('blacklist', allRoutes);

export const blacklistRouter = createRouter()
  .openapi(routes.listSubtree, handlers.listSubtree)
  .openapi(routes.listForEnterprise, handlers.listForEnterprise)
  .openapi(routes.propose, handlers.propose)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.notify, handlers.notify)
  .openapi(routes.statement, handlers.statement)
  .openapi(routes.list, handlers.list)
  .openapi(routes.withdraw, handlers.withdraw)
  .openapi(routes.applyRepair, handlers.applyRepair)
  .openapi(routes.decideRepair, handlers.decideRepair)
  .openapi(routes.revokeRemoval, handlers.revokeRemoval)
  .openapi(routes.publicSearch, handlers.publicSearch);

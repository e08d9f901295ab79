import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './criteria.handlers.js';
import * as allRoutes from './criteria.routes.js';

const routes = operations('criteria', allRoutes);

export const criteriaRouter = createRouter()
  .openapi(routes.listStandards, handlers.listStandards)
  .openapi(routes.getStandard, handlers.getStandard)
  .openapi(routes.searchItems, handlers.searchItems)
  .openapi(routes.getItem, handlers.getItem)
  .openapi(routes.createStandard, handlers.createStandard)
  .openapi(routes.updateStandard, handlers.updateStandard)
  .openapi(routes.retireStandard, handlers.retireStandard)
  .openapi(routes.addItem, handlers.addItem)
  .openapi(routes.editItem, handlers.editItem)
  .openapi(routes.searchForEnterprise, handlers.searchForEnterprise)
  .openapi(routes.majorByItem, handlers.majorByItem);

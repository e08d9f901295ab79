import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './inspections.handlers.js';
import * as allRoutes from './inspections.routes.js';

const routes = operations('inspections', allRoutes);

// The static path `/inspections/overdue-publications` is registered before `/inspections/{id}`.
export const inspectionsRouter = createRouter()
  .openapi(routes.listInspectors, handlers.listInspectors)
  .openapi(routes.createInspector, handlers.createInspector)
  .openapi(routes.updateInspector, handlers.updateInspector)
  .openapi(routes.listConflicts, handlers.listConflicts)
  .openapi(routes.declareConflict, handlers.declareConflict)
  .openapi(routes.listItems, handlers.listItems)
  .openapi(routes.createItem, handlers.createItem)
  .openapi(routes.adoptItem, handlers.adoptItem)
  .openapi(routes.listPlans, handlers.listPlans)
  .openapi(routes.createPlan, handlers.createPlan)
  .openapi(routes.getPlan, handlers.getPlan)
  .openapi(routes.draw, handlers.draw)
  .openapi(routes.verifyDraw, handlers.verifyDraw)
  .openapi(routes.listInspections, handlers.listInspections)
  .openapi(routes.overduePublications, handlers.overduePublications)
  .openapi(routes.getInspection, handlers.getInspection)
  .openapi(routes.recordInspection, handlers.recordInspection)
  .openapi(routes.publishInspection, handlers.publishInspection)
  .openapi(routes.publicResults, handlers.publicResults)
  .openapi(routes.publicDraw, handlers.publicDraw)
  .openapi(routes.publicVerify, handlers.publicVerify);

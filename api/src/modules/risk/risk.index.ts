import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './risk.handlers.js';
import * as allRoutes from './risk.routes.js';

const routes = operations('risk', allRoutes);

export const riskRouter = createRouter()
  .openapi(routes.register, handlers.register)
  .openapi(routes.createObject, handlers.createObject)
  .openapi(routes.updateObject, handlers.updateObject)
  .openapi(routes.archiveObject, handlers.archiveObject)
  .openapi(routes.createUnit, handlers.createUnit)
  .openapi(routes.updateUnit, handlers.updateUnit)
  .openapi(routes.archiveUnit, handlers.archiveUnit)
  .openapi(routes.createEvent, handlers.createEvent)
  .openapi(routes.updateEvent, handlers.updateEvent)
  .openapi(routes.archiveEvent, handlers.archiveEvent)
  .openapi(routes.setControlLevel, handlers.setControlLevel)
  .openapi(routes.assess, handlers.assess)
  .openapi(routes.history, handlers.history)
  .openapi(routes.createMeasure, handlers.createMeasure)
  .openapi(routes.updateMeasure, handlers.updateMeasure)
  .openapi(routes.archiveMeasure, handlers.archiveMeasure)
  .openapi(routes.createEmergency, handlers.createEmergency)
  .openapi(routes.updateEmergency, handlers.updateEmergency)
  .openapi(routes.archiveEmergency, handlers.archiveEmergency)
  .openapi(routes.reorder, handlers.reorder);

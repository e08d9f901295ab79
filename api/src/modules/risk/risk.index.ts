import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './risk.handlers.js';
import * as allRoutes from './risk.routes.js';

const routes = operations('risk', allRoutes);

export const riskRouter = createRouter()
  .openapi(routes.register, handlers.register)
  .openapi(routes.createObject, handlers.objects.create)
  .openapi(routes.updateObject, handlers.objects.update)
  .openapi(routes.archiveObject, handlers.objects.archive)
  .openapi(routes.createUnit, handlers.units.create)
  .openapi(routes.updateUnit, handlers.units.update)
  .openapi(routes.archiveUnit, handlers.units.archive)
  .openapi(routes.createEvent, handlers.events.create)
  .openapi(routes.updateEvent, handlers.events.update)
  .openapi(routes.archiveEvent, handlers.events.archive)
  .openapi(routes.setControlLevel, handlers.setControlLevel)
  .openapi(routes.assess, handlers.assess)
  .openapi(routes.history, handlers.history)
  .openapi(routes.createMeasure, handlers.measures.create)
  .openapi(routes.updateMeasure, handlers.measures.update)
  .openapi(routes.archiveMeasure, handlers.measures.archive)
  .openapi(routes.createEmergency, handlers.emergencies.create)
  .openapi(routes.updateEmergency, handlers.emergencies.update)
  .openapi(routes.archiveEmergency, handlers.emergencies.archive)
  .openapi(routes.reorder, handlers.reorder);

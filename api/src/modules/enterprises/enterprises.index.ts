import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './enterprises.handlers.js';
import * as allRoutes from './enterprises.routes.js';

const routes = operations('enterprises', allRoutes);

// The fixed paths (counts, export, template, import) are registered before `/enterprises/{id}`.
export const enterprisesRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.counts, handlers.counts)
  .openapi(routes.exportXlsx, handlers.exportXlsx)
  .openapi(routes.importTemplate, handlers.importTemplate)
  .openapi(routes.importXlsx, handlers.importXlsx)
  .openapi(routes.get, handlers.get)
  .openapi(routes.file, handlers.file)
  .openapi(routes.create, handlers.create)
  .openapi(routes.update, handlers.update)
  .openapi(routes.deactivate, handlers.deactivate)
  .openapi(routes.activate, handlers.activate);

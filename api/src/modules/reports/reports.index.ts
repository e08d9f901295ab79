import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './reports.handlers.js';
import * as allRoutes from './reports.routes.js';

const routes = operations('reports', allRoutes);

export const reportsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.periodicStatus, handlers.periodicStatus)
  .openapi(routes.draft, handlers.draft)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.pdf, handlers.pdf)
  .openapi(routes.edit, handlers.edit)
  .openapi(routes.submit, handlers.submit)
  .openapi(routes.acknowledge, handlers.acknowledge)
  .openapi(routes.noticeBoard, handlers.noticeBoard);

import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './checks.handlers.js';
import * as allRoutes from './checks.routes.js';

const routes = operations('checks', allRoutes);

export const checksRouter = createRouter()
  .openapi(routes.tasks, handlers.tasks)
  .openapi(routes.history, handlers.history)
  .openapi(routes.record, handlers.record)
  .openapi(routes.recordCustody, handlers.recordCustody)
  .openapi(routes.recordPrestart, handlers.recordPrestart);

import { createRouter } from '../../lib/create-router.js';
import * as handlers from './checks.handlers.js';
import * as routes from './checks.routes.js';

export const checksRouter = createRouter()
  .openapi(routes.tasks, handlers.tasks)
  .openapi(routes.history, handlers.history)
  .openapi(routes.record, handlers.record)
  .openapi(routes.recordCustody, handlers.recordCustody)
  .openapi(routes.recordPrestart, handlers.recordPrestart);

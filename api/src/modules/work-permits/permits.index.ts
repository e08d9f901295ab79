import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './permits.handlers.js';
import * as allRoutes from './permits.routes.js';

const routes = operations('workPermits', allRoutes);

// The task list and the ledger come before `{id}`, which would otherwise match their paths.
export const workPermitsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.tasks, handlers.tasks)
  .openapi(routes.ledger, handlers.ledger)
  .openapi(routes.apply, handlers.apply)
  .openapi(routes.detail, handlers.detail)
  .openapi(routes.confirmMeasures, handlers.confirmMeasures)
  .openapi(routes.recordGas, handlers.recordGas)
  .openapi(routes.brief, handlers.brief)
  .openapi(routes.approve, handlers.approve)
  .openapi(routes.start, handlers.start)
  .openapi(routes.interrupt, handlers.interrupt)
  .openapi(routes.resume, handlers.resume)
  .openapi(routes.extend, handlers.extend)
  .openapi(routes.complete, handlers.complete)
  .openapi(routes.accept, handlers.accept)
  .openapi(routes.cancel, handlers.cancel);

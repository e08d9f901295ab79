import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './commitments.handlers.js';
import * as allRoutes from './commitments.routes.js';

const routes = operations('commitments', allRoutes);

// `today` before `{id}`, which would otherwise match it.
export const commitmentsRouter = createRouter()
  .openapi(routes.today, handlers.today)
  .openapi(routes.publish, handlers.publish)
  .openapi(routes.history, handlers.history)
  .openapi(routes.detail, handlers.detail)
  .openapi(routes.issueScreenLink, handlers.issueScreenLink)
  .openapi(routes.revokeScreenLink, handlers.revokeScreenLink)
  .openapi(routes.gateScreen, handlers.gateScreen)
  .openapi(routes.status, handlers.status)
  .openapi(routes.subtreeHistory, handlers.subtreeHistory);

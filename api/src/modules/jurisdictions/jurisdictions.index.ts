import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './jurisdictions.handlers.js';
import * as allRoutes from './jurisdictions.routes.js';

const routes = operations('jurisdictions', allRoutes);

export const jurisdictionsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.getSettings, handlers.getSettings)
  .openapi(routes.updateSettings, handlers.updateSettings)
  .openapi(routes.listSettingChanges, handlers.listSettingChanges);

import { createRouter } from '../../lib/create-router.js';
import * as handlers from './jurisdictions.handlers.js';
import * as routes from './jurisdictions.routes.js';

export const jurisdictionsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.getSettings, handlers.getSettings)
  .openapi(routes.updateSettings, handlers.updateSettings)
  .openapi(routes.listSettingChanges, handlers.listSettingChanges);

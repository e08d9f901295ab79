import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './preferences.handlers.js';
import * as allRoutes from './preferences.routes.js';

const routes = operations('notificationPreferences', allRoutes);

export const notificationPreferencesRouter = createRouter()
  .openapi(routes.get, handlers.get)
  .openapi(routes.save, handlers.save);

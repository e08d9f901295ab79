import { createRouter } from '../../lib/create-router.js';
import * as handlers from './preferences.handlers.js';
import * as routes from './preferences.routes.js';

export const notificationPreferencesRouter = createRouter()
  .openapi(routes.get, handlers.get)
  .openapi(routes.save, handlers.save);

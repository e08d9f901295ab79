import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './channels.handlers.js';
import * as allRoutes from './channels.routes.js';

const routes = operations('notificationChannels', allRoutes);

export const notificationChannelsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.update, handlers.update)
  .openapi(routes.archive, handlers.archive)
  .openapi(routes.test, handlers.test);

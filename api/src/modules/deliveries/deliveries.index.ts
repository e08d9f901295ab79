import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './deliveries.handlers.js';
import * as allRoutes from './deliveries.routes.js';

const routes = operations('deliveries', allRoutes);

export const notificationDeliveriesRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.resend, handlers.resend);

import { createRouter } from '../../lib/create-router.js';
import * as handlers from './deliveries.handlers.js';
import * as routes from './deliveries.routes.js';

export const notificationDeliveriesRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.resend, handlers.resend);

import { createRouter } from '../../lib/create-router.js';
import * as handlers from './users.handlers.js';
import * as routes from './users.routes.js';

export const usersRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.resetPassword, handlers.resetPassword)
  .openapi(routes.deactivate, handlers.deactivate)
  .openapi(routes.activate, handlers.activate);

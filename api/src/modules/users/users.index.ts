import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './users.handlers.js';
import * as allRoutes from './users.routes.js';

const routes = operations('users', allRoutes);

export const usersRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.resetPassword, handlers.resetPassword)
  .openapi(routes.deactivate, handlers.deactivate)
  .openapi(routes.activate, handlers.activate)
  .openapi(routes.people, handlers.people);

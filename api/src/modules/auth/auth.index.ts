import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './auth.handlers.js';
import * as allRoutes from './auth.routes.js';

const routes = operations('auth', allRoutes);

export const authRouter = createRouter()
  .openapi(routes.login, handlers.login)
  .openapi(routes.logout, handlers.logout)
  .openapi(routes.me, handlers.me)
  .openapi(routes.changePassword, handlers.changePassword)
  .openapi(routes.switchMembership, handlers.switchMembership);

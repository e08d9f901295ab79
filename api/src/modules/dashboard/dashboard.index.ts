import { createRouter } from '../../lib/create-router.js';
import * as handlers from './dashboard.handlers.js';
import * as routes from './dashboard.routes.js';

export const dashboardRouter = createRouter().openapi(routes.get, handlers.get);

import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './workbench.handlers.js';
import * as allRoutes from './workbench.routes.js';

const routes = operations('workbench', allRoutes);

export const workbenchRouter = createRouter().openapi(routes.get, handlers.get);

import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './site-plan.handlers.js';
import * as allRoutes from './site-plan.routes.js';

const routes = operations('sitePlan', allRoutes);

export const sitePlanRouter = createRouter()
  .openapi(routes.upload, handlers.upload)
  .openapi(routes.image, handlers.image)
  .openapi(routes.placeObject, handlers.placeObject);

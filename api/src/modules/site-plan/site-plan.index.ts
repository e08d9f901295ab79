import { createRouter } from '../../lib/create-router.js';
import * as handlers from './site-plan.handlers.js';
import * as routes from './site-plan.routes.js';

export const sitePlanRouter = createRouter()
  .openapi(routes.upload, handlers.upload)
  .openapi(routes.image, handlers.image)
  .openapi(routes.placeObject, handlers.placeObject);

import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './tipoffs.handlers.js';
import * as allRoutes from './tipoffs.routes.js';

const routes = operations('tipoffs', allRoutes);

export const tipoffsRouter = createRouter()
  .openapi(routes.searchEnterprises, handlers.searchEnterprises)
  .openapi(routes.file, handlers.file)
  .openapi(routes.status, handlers.status)
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.move, handlers.move)
  .openapi(routes.photo, handlers.photo);

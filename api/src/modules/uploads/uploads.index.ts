import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './uploads.handlers.js';
import * as allRoutes from './uploads.routes.js';

const routes = operations('uploads', allRoutes);

export const uploadsRouter = createRouter()
  .openapi(routes.upload, handlers.upload)
  .openapi(routes.read, handlers.read);

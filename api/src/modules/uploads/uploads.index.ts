import { createRouter } from '../../lib/create-router.js';
import * as handlers from './uploads.handlers.js';
import * as routes from './uploads.routes.js';

export const uploadsRouter = createRouter()
  .openapi(routes.upload, handlers.upload)
  .openapi(routes.read, handlers.read);

import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './standardization.handlers.js';
import * as allRoutes from './standardization.routes.js';

const routes = operations('standardization', allRoutes);

export const standardizationRouter = createRouter()
  .openapi(routes.view, handlers.view)
  .openapi(routes.apply, handlers.apply)
  .openapi(routes.moveApplication, handlers.moveApplication)
  .openapi(routes.moveCertificate, handlers.moveCertificate)
  .openapi(routes.listApplications, handlers.listApplications)
  .openapi(routes.listCertificates, handlers.listCertificates)
  .openapi(routes.publicSearch, handlers.publicSearch)
  .openapi(routes.publicPublicity, handlers.publicPublicity);

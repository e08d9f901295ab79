import { createRouter } from '../../lib/create-router.js';
import { operations } from '../../lib/operations.js';
import * as handlers from './boards.handlers.js';
import * as allRoutes from './boards.routes.js';

const routes = operations('boards', allRoutes);

export const boardsRouter = createRouter()
  .openapi(routes.board, handlers.board)
  .openapi(routes.issueLink, handlers.issueLink)
  .openapi(routes.revokeLink, handlers.revokeLink)
  .openapi(routes.publicBoard, handlers.publicBoard);

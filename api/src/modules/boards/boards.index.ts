import { createRouter } from '../../lib/create-router.js';
import * as handlers from './boards.handlers.js';
import * as routes from './boards.routes.js';

export const boardsRouter = createRouter()
  .openapi(routes.board, handlers.board)
  .openapi(routes.issueLink, handlers.issueLink)
  .openapi(routes.revokeLink, handlers.revokeLink)
  .openapi(routes.publicBoard, handlers.publicBoard);

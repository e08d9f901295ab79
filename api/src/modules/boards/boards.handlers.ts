import type { Handler } from '../../lib/create-router.js';
import { publicOriginOf } from '../../lib/public-origin.js';
import { actorOf, membershipOf } from '../../middlewares/access.js';
import type * as routes from './boards.routes.js';
import * as service from './boards.service.js';
import { readerOf } from '../../lib/read-routing.js';

export const board: Handler<typeof routes.board> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(
    await service.board(c.var.db, membershipOf(c), enterpriseId, id, publicOriginOf(c)),
    200,
  );
};

export const issueLink: Handler<typeof routes.issueLink> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const link = await service.issueLink(
    c.var.db,
    membershipOf(c),
    actorOf(c).userId,
    enterpriseId,
    id,
    publicOriginOf(c),
  );
  return c.json(link, 201);
};

export const revokeLink: Handler<typeof routes.revokeLink> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.revokeLink(c.var.db, membershipOf(c), enterpriseId, id), 200);
};

export const publicBoard: Handler<typeof routes.publicBoard> = async (c) => {
  // The link may be revoked at any moment: caches must ask again.
  c.header('cache-control', 'no-store');
  return c.json(await service.publicBoard(await readerOf(c), c.req.valid('param').token), 200);
};

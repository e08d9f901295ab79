import type { Handler } from '../../lib/create-router.js';
import { actorOf, membershipOf } from '../../middlewares/access.js';
import type * as routes from './site-plan.routes.js';
import * as service from './site-plan.service.js';

export const upload: Handler<typeof routes.upload> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  const { file } = c.req.valid('form');
  return c.json(
    await service.upload(c.var.db, membershipOf(c), actorOf(c).userId, enterpriseId, file),
    200,
  );
};

export const image: Handler<typeof routes.image> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  const plan = await service.image(c.var.db, membershipOf(c), enterpriseId);
  // The type was recognised from the content at upload; nosniff keeps browsers to it.
  return c.body(new Uint8Array(plan.data), 200, {
    'content-type': plan.content_type,
    'x-content-type-options': 'nosniff',
    'content-disposition': 'inline',
    'cache-control': 'private, no-cache',
  });
};

export const placeObject: Handler<typeof routes.placeObject> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const { points } = c.req.valid('json');
  return c.json(
    await service.placeObject(c.var.db, membershipOf(c), enterpriseId, id, points),
    200,
  );
};

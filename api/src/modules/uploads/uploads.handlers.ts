import type { Handler } from '../../lib/create-router.js';
import { actorOf, membershipOf } from '../../middlewares/access.js';
import { REPLAYED_HEADER } from '../idempotency/idempotency.schemas.js';
import type * as routes from './uploads.routes.js';
import * as service from './uploads.service.js';

export const upload: Handler<typeof routes.upload> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  const { file } = c.req.valid('form');
  const key = c.req.valid('header')['idempotency-key'];
  const answer = await service.upload(
    c.var.db,
    membershipOf(c),
    actorOf(c).userId,
    enterpriseId,
    file,
    key,
  );
  if (answer.replayed) c.header(REPLAYED_HEADER, 'true');
  return c.json(answer.body, 201);
};

export const read: Handler<typeof routes.read> = async (c) => {
  const { enterpriseId, ref } = c.req.valid('param');
  const file = await service.read(c.var.db, membershipOf(c), enterpriseId, ref);
  // The type was recognised from the content at upload; nosniff keeps browsers to it, and the
  // sandbox keeps a crafted file from running anything should a browser render it as a page.
  return c.body(new Uint8Array(file.data), 200, {
    'content-type': file.content_type,
    'x-content-type-options': 'nosniff',
    'content-security-policy': 'sandbox',
    'content-disposition': 'inline',
    'cache-control': 'private, max-age=3600',
  });
};

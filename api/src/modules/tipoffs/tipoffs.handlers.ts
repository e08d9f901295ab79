import type { Handler } from '../../lib/create-router.js';
import { tooManyRequests } from '../../auth/rate-limit.js';
import { clientAddress } from '../../lib/client-address.js';
import { actorOf, membershipOf } from '../../middlewares/access.js';
import * as publicService from './public-tipoffs.service.js';
import * as triage from './tipoff-triage.service.js';
import type * as routes from './tipoffs.routes.js';
import { readerOf } from '../../lib/read-routing.js';

export const searchEnterprises: Handler<typeof routes.searchEnterprises> = async (c) =>
  c.json(await publicService.searchEnterprises(await readerOf(c), c.req.valid('query')), 200);

export const file: Handler<typeof routes.file> = async (c) => {
  // Every filing counts against the address, accepted or not, so a flood cannot probe for free.
  const wait = await c.var.tipoffLimit.take(clientAddress(c));
  if (wait > 0) throw tooManyRequests(wait, '举报提交');
  return c.json(await publicService.file(c.var.db, c.req.valid('form')), 201);
};

export const status: Handler<typeof routes.status> = async (c) =>
  c.json(await publicService.status(await readerOf(c), c.req.valid('param').receiptCode), 200);

export const list: Handler<typeof routes.list> = async (c) =>
  c.json(await triage.list(c.var.db, membershipOf(c), c.req.valid('query')), 200);

export const getOne: Handler<typeof routes.getOne> = async (c) =>
  c.json(await triage.detail(c.var.db, membershipOf(c), c.req.valid('param').tipoffId), 200);

export const move: Handler<typeof routes.move> = async (c) => {
  const actor = actorOf(c);
  const who = { ...membershipOf(c), userId: actor.userId, displayName: actor.displayName };
  const { tipoffId } = c.req.valid('param');
  return c.json(await triage.move(c.var.db, who, tipoffId, c.req.valid('json')), 200);
};

export const photo: Handler<typeof routes.photo> = async (c) => {
  const { tipoffId, photoId } = c.req.valid('param');
  const file = await triage.photo(c.var.db, membershipOf(c), tipoffId, photoId);
  // As the uploads are served: the type recognised at filing, no sniffing, no scripts.
  return c.body(new Uint8Array(file.data), 200, {
    'content-type': file.content_type,
    'x-content-type-options': 'nosniff',
    'content-security-policy': 'sandbox',
    'content-disposition': 'inline',
    'cache-control': 'private, max-age=3600',
  });
};

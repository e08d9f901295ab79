import type { Handler } from '../../lib/create-router.js';
import type * as routes from './health.routes.js';
import { databaseReachable, readiness } from './health.service.js';

export const health: Handler<typeof routes.health> = async (c) =>
  (await databaseReachable(c.var.db))
    ? c.json({ status: 'ok' as const, database: true }, 200)
    : c.json({ status: 'unavailable' as const, database: false }, 503);

export const live: Handler<typeof routes.live> = (c) => c.json({ status: 'ok' as const }, 200);

export const ready: Handler<typeof routes.ready> = async (c) => {
  const answer = await readiness(c.var.db, c.var.draining());
  return answer.status === 'ready' ? c.json(answer, 200) : c.json(answer, 503);
};

import { createMiddleware } from 'hono/factory';
import { AppError } from '../lib/errors.js';
import { requestHost } from '../lib/client-address.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses cross-site requests that could change state. Browsers send `Origin` on every non-GET
 * request and `Sec-Fetch-Site` on modern ones; a request with neither cannot be shown to come
 * from our own pages, so it is refused too (scripts and tests send `Origin`).
 */
export const refuseCrossSite = createMiddleware(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  const fetchSite = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  let sameOrigin: boolean;
  if (origin) {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    sameOrigin = originHost !== null && originHost === requestHost(c);
  } else {
    sameOrigin = fetchSite === 'same-origin';
  }
  if (!sameOrigin || (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none')) {
    throw new AppError(403, 'CROSS_SITE', '跨站请求被拒绝：请从本站页面提交');
  }
  await next();
});

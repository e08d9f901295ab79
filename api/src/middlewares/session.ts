import { createMiddleware } from 'hono/factory';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../auth/cookie.js';
import { validateSessionToken } from '../auth/session-store.js';
import type { AppConfig } from '../config.js';
import type { AppEnv } from '../lib/create-router.js';

/** Resolves the session cookie into `c.var.actor` (null when anonymous); never refuses by itself. */
export const resolveSession = (config: AppConfig) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const token = readSessionCookie(c);
    const validated = token ? await validateSessionToken(c.var.db, token, config) : null;
    c.set('actor', validated?.actor ?? null);
    if (token && validated?.refreshed) writeSessionCookie(c, token, config);
    // A cookie that no longer opens a session is dropped, so the browser stops sending it.
    if (token && !validated) clearSessionCookie(c);
    await next();
  });

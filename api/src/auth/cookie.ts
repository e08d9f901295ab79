import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppConfig } from '../config.js';
import { isHttps } from '../lib/client-address.js';

export const SESSION_COOKIE = 'sf_session';

export const readSessionCookie = (c: Context) => getCookie(c, SESSION_COOKIE);

/** HttpOnly: scripts cannot read it. Lax: not sent on cross-site POSTs. Secure behind TLS. */
export function writeSessionCookie(c: Context, token: string, config: AppConfig): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c),
    maxAge: Math.floor(config.sessionIdleMs / 1000),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
  });
}

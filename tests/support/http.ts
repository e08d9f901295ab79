import { createApp, SESSION_COOKIE, type AppOptions, type AppType } from '@shuangfang/api';
import type { Db } from '@shuangfang/db';
import { ApiClient, ORIGIN, type Reply } from './test-app.js';

/**
 * A second app on the same database, e.g. with its own login limits (their counts live in the
 * database, shared by every app on it, as by every process of a cluster). Cheaper than a second
 * database per file.
 */
export function appOn(db: Db, config: AppOptions['config']) {
  const app = createApp({ db, config: { loginLimitPerAddress: 10_000, ...config } });
  return { app, api: new ApiClient(app) };
}

/** A request exactly as given: no Origin and no cookie unless the caller passes them. */
export function rawRequest(
  app: AppType,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: BodyInit } = {},
) {
  return app.request(`${ORIGIN}/api${path}`, { method, ...init });
}

/** The `cookie` header a browser would send after this reply, or undefined when none was set. */
export function sessionCookieOf(reply: { headers: Headers }): string | undefined {
  const match = reply.headers.get('set-cookie')?.match(new RegExp(`${SESSION_COOKIE}=([^;]*)`));
  return match?.[1] ? `${SESSION_COOKIE}=${match[1]}` : undefined;
}

/** The session row id inside a `sf_session=<id>.<secret>` cookie. */
export const sessionIdOf = (cookie: string) =>
  cookie.slice(SESSION_COOKIE.length + 1).split('.')[0]!;

export async function login(
  api: ApiClient,
  account: string,
  password: string,
  headers?: Record<string, string>,
): Promise<Reply & { cookie: string | undefined }> {
  const reply = await api.request('POST', '/v1/auth/login', {
    body: { login: account, password },
    headers,
  });
  return { ...reply, cookie: sessionCookieOf(reply) };
}

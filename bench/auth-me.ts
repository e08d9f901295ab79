import { P1_CONNECTIONS, P1_SECONDS } from './p1-hazard-list.js';
import { runJson } from './processes.js';

// How much a signed-in request costs over the app's floor: GET /api/v1/auth/me with a session
// (the cookie resolved against the session store, the membership read, the operations of its
// role) against an anonymous GET the API answers 404 to (routing, middleware, a JSON error, no
// database), both under P1's load shape from a second process.

export const NOT_FOUND_PATH = '/api/v1/does-not-exist';

type Load = {
  rps: number;
  non2xx: number;
  errors: number;
  p50: number;
  p97_5: number;
  statuses: Record<string, number>;
};

/** Checks each path answers as expected once, so the loads below time what they say. */
async function expectStatus(origin: string, path: string, status: number, cookie?: string) {
  const res = await fetch(origin + path, { headers: cookie ? { cookie } : {} });
  const body = await res.text();
  if (res.status !== status) throw new Error(`GET ${path}: ${res.status}（应为 ${status}）${body}`);
}

const load = (origin: string, path: string, cookie?: string) =>
  runJson<Load>('load-http.ts', {
    origin,
    paths: [path],
    cookie,
    connections: P1_CONNECTIONS,
    seconds: P1_SECONDS,
  });

export async function benchAuthMe(origin: string, cookie: string) {
  await expectStatus(origin, '/api/v1/auth/me', 200, cookie);
  await expectStatus(origin, NOT_FOUND_PATH, 404);
  const me = await load(origin, '/api/v1/auth/me', cookie);
  const notFound = await load(origin, NOT_FOUND_PATH);
  return { me, notFound };
}

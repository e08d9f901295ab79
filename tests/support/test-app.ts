import { createApp, type AppOptions } from '@shuangfang/api';
import { checkDeclaredStatus, loadDeclaredStatuses } from './declared-statuses.js';
import { createTestDb } from './test-db.js';

export const ORIGIN = 'http://localhost';

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the real Hono app in-process, as a same-origin browser would (Origin header, cookie). */
export class ApiClient {
  constructor(private readonly app: ReturnType<typeof createApp>) {}

  async request<T = any>(
    method: string,
    path: string,
    options: { cookie?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { origin: ORIGIN, ...options.headers };
    if (options.cookie) headers.cookie = options.cookie;
    let body: BodyInit | undefined;
    if (options.body instanceof FormData) body = options.body;
    else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    await loadDeclaredStatuses(async () =>
      (await this.app.request(`${ORIGIN}/api/openapi.json`)).json(),
    );
    const res = await this.app.request(`${ORIGIN}/api${path}`, { method, headers, body });
    checkDeclaredStatus(method, `${ORIGIN}/api${path}`, res.status);
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer());
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get = <T = any>(path: string, cookie?: string) => this.request<T>('GET', path, { cookie });
  post = <T = any>(path: string, body?: unknown, cookie?: string) =>
    this.request<T>('POST', path, { body, cookie });
  put = <T = any>(path: string, body?: unknown, cookie?: string) =>
    this.request<T>('PUT', path, { body, cookie });
  patch = <T = any>(path: string, body?: unknown, cookie?: string) =>
    this.request<T>('PATCH', path, { body, cookie });
}

/** A private database and the real app on it, for one test file. */
export async function setupTestApp(config?: AppOptions['config']) {
  const { db, env, drop } = await createTestDb();
  const app = createApp({ db, config: { loginLimitPerAddress: 10_000, ...config } });
  return { db, env, app, api: new ApiClient(app), drop };
}
export type TestApp = Awaited<ReturnType<typeof setupTestApp>>;

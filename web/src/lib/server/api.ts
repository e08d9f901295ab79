import { env } from '$env/dynamic/private';
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import createClient from 'openapi-fetch';
import type { components, paths } from '$lib/api/schema';

// The one client of the API. SvelteKit server code never fetches /api itself: it goes through
// here, so the session cookie, the client address and the error shape are handled in one place.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
    /** Seconds, from Retry-After on 429. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

type ApiEvent = Pick<RequestEvent, 'cookies' | 'getClientAddress' | 'url'>;
type Issue = components['schemas']['ErrorIssue'];

function apiOrigin(): string {
  const origin = env.SHUANGFANG_API_ORIGIN;
  if (!origin) throw new Error('SHUANGFANG_API_ORIGIN is not set: start the app with server.ts');
  return origin;
}

/** The cookies the browser sent, plus any the API set earlier in this same request. */
function cookieHeader(cookies: Cookies): string {
  return cookies
    .getAll()
    .filter((c) => c.value !== '')
    .map((c) => `${c.name}=${encodeURIComponent(c.value)}`)
    .join('; ');
}

/** Hands the API's Set-Cookie headers to the browser with the same attributes. */
function relayCookies(cookies: Cookies, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    if (eq < 1) continue;
    const name = pair.slice(0, eq);
    const value = decodeURIComponent(pair.slice(eq + 1));
    const options: Parameters<Cookies['set']>[2] = { path: '/', httpOnly: false, secure: false };
    for (const attribute of attributes) {
      const [key = '', val = ''] = attribute.split('=');
      const lower = key.toLowerCase();
      if (lower === 'path') options.path = val;
      else if (lower === 'max-age') options.maxAge = Number(val);
      else if (lower === 'expires') options.expires = new Date(val);
      else if (lower === 'httponly') options.httpOnly = true;
      else if (lower === 'secure') options.secure = true;
      else if (lower === 'samesite')
        options.sameSite = val.toLowerCase() as 'lax' | 'strict' | 'none';
    }
    if (options.maxAge === 0) cookies.delete(name, { path: options.path });
    else cookies.set(name, value, options);
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; issues?: Issue[] };
  } | null;
  const retryAfter = Number(response.headers.get('retry-after')) || undefined;
  return new ApiError(
    response.status,
    body?.error?.code ?? 'HTTP_' + response.status,
    body?.error?.message ?? response.statusText,
    body?.error?.issues ?? [],
    retryAfter,
  );
}

/**
 * Sends one request of the typed client from this server to the API over loopback, on behalf of
 * the browser's request: its cookie, its address and its scheme go along, and cookies the API
 * sets come back to the browser. A non-2xx answer throws ApiError.
 */
async function send(event: ApiEvent, request: Request): Promise<Response> {
  const headers = new Headers(request.headers);
  // The API refuses state changes whose Origin is not its own host; this hop is ours.
  headers.set('origin', apiOrigin());
  headers.set('x-forwarded-for', event.getClientAddress());
  // So the API marks its cookie Secure exactly when the browser came over TLS.
  headers.set('x-forwarded-proto', event.url.protocol === 'https:' ? 'https' : 'http');
  const cookie = cookieHeader(event.cookies);
  if (cookie) headers.set('cookie', cookie);
  const response = await fetch(new Request(request, { headers, redirect: 'manual' }));
  relayCookies(event.cookies, response);
  if (!response.ok) throw await toApiError(response);
  return response;
}

/** Query strings leave out what a form left empty, so an empty filter is no filter. */
function querySerializer(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

/**
 * The API as this request's user: `api.GET('/api/v1/…', { params })`, typed by the API's own
 * OpenAPI document (src/lib/api/schema.d.ts, generated). Wrap a call in `ok(…)` for its data.
 */
export function createApi(event: ApiEvent) {
  return createClient<paths>({
    baseUrl: apiOrigin(),
    fetch: (request) => send(event, request),
    querySerializer,
  });
}

export type Api = ReturnType<typeof createApi>;

/** The body of a 2xx answer (an error answer has already thrown ApiError). */
export async function ok<T>(pending: Promise<{ data?: T; response: Response }>): Promise<T> {
  return (await pending).data as T;
}

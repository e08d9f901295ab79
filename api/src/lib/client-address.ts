import type { Context } from 'hono';
import type { AppEnv } from './create-router.js';
import { clientAddressOf } from './trusted-proxies.js';

// The web tier (SvelteKit, same process) and the balancers in TRUSTED_PROXIES pass the browser's
// address and scheme in X-Forwarded-* headers. Only their headers are believed; a request from
// anywhere else is judged by its own socket (lib/trusted-proxies.ts).

function socketAddress(c: Context<AppEnv>): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

function fromTrustedHop(c: Context<AppEnv>): boolean {
  const peer = socketAddress(c);
  // No socket at all means an in-process call (tests, the web tier's own fetch).
  return peer === undefined || c.var.config.trustedProxies.has(peer);
}

/** The address the limits and the logs use for this request's client. */
export function clientAddress(c: Context<AppEnv>): string {
  return clientAddressOf(
    socketAddress(c),
    c.req.header('x-forwarded-for'),
    c.var.config.trustedProxies,
  );
}

export function isHttps(c: Context<AppEnv>): boolean {
  if (fromTrustedHop(c) && c.req.header('x-forwarded-proto') === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

/** The host the browser addressed, for the same-origin check. */
export function requestHost(c: Context<AppEnv>): string | undefined {
  if (fromTrustedHop(c)) {
    const forwarded = c.req.header('x-forwarded-host');
    if (forwarded) return forwarded;
  }
  return c.req.header('host') ?? new URL(c.req.url).host;
}

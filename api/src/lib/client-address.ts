import type { Context } from 'hono';

// The web tier (SvelteKit, same process) and a reverse proxy on the same host reach the API over
// loopback and pass the browser's address in X-Forwarded-For. Only then is that header believed;
// a request from anywhere else is judged by its own socket address.

function socketAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

function fromTrustedHop(c: Context): boolean {
  const peer = socketAddress(c);
  // No socket at all means an in-process call (tests, the web tier's own fetch).
  return (
    peer === undefined || peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1'
  );
}

export function clientAddress(c: Context): string {
  if (fromTrustedHop(c)) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return socketAddress(c) ?? 'local';
}

export function isHttps(c: Context): boolean {
  if (fromTrustedHop(c) && c.req.header('x-forwarded-proto') === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

/** The host the browser addressed, for the same-origin check. */
export function requestHost(c: Context): string | undefined {
  if (fromTrustedHop(c)) {
    const forwarded = c.req.header('x-forwarded-host');
    if (forwarded) return forwarded;
  }
  return c.req.header('host') ?? new URL(c.req.url).host;
}

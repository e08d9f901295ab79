import { BlockList, isIP } from 'node:net';

// The hops whose X-Forwarded-For the app believes: the process's own web tier, which reaches the
// API over loopback, and the balancers named in TRUSTED_PROXIES. Every other hop's header is the
// client's own text, so it is never read.

/** The web tier's own hop: SvelteKit calls the API at http://127.0.0.1:<port> (server-start.ts). */
const OWN_HOPS = ['127.0.0.1', '::1'];

export interface TrustedProxies {
  /** The addresses or CIDR blocks as configured, for messages. */
  readonly entries: readonly string[];
  has(address: string): boolean;
}

/** `::ffff:10.0.0.5` is how Node reports an IPv4 peer on a dual-stack socket. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** The problem with one TRUSTED_PROXIES entry, or null when it is an address or a CIDR block. */
export function trustedProxyProblem(entry: string): string | null {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return `「${entry}」不是 IP 地址或 CIDR 网段`;
  if (prefix === undefined) return null;
  const bits = Number(prefix);
  const max = family === 4 ? 32 : 128;
  if (!/^\d+$/.test(prefix) || bits > max) return `「${entry}」的前缀长度应为 0–${max}`;
  return null;
}

/** Parses the comma-separated TRUSTED_PROXIES list (checked by `trustedProxyProblem`). */
export function trustedProxies(configured: readonly string[]): TrustedProxies {
  const list = new BlockList();
  const entries = [...OWN_HOPS, ...configured];
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return {
    entries,
    has(address) {
      const candidate = plain(address);
      const family = isIP(candidate);
      return family !== 0 && list.check(candidate, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

/**
 * The client's address as the nearest untrusted hop: walking X-Forwarded-For from the right (each
 * proxy appends the address it was reached from), past the trusted proxies, the first address a
 * trusted proxy did not vouch for is the client. What lies further left was written by the client
 * and is ignored, so a made-up header changes nothing. A peer that is not trusted is itself the
 * client; `undefined` (no socket: an in-process call) counts as trusted.
 */
export function clientAddressOf(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trusted: TrustedProxies,
): string {
  if (peer !== undefined && !trusted.has(peer)) return plain(peer);
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    // Not an address at all: no proxy wrote it, so no hop left of it can be believed either.
    if (isIP(plain(hop)) === 0) return hop.slice(0, 64);
    if (!trusted.has(hop) || i === 0) return plain(hop);
  }
  return peer === undefined ? 'local' : plain(peer);
}

// A fresh Idempotency-Key for a write (docs/architecture.md "Offline sync"). crypto.randomUUID
// exists only in secure contexts; getRandomValues everywhere, so a page served over plain HTTP
// on a site's LAN still gets a proper random key.
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// After Lucia's auth_session.ts: a token is `<id>.<secret>`. The id finds the row; the secret is
// stored only as its SHA-256, so a leaked session table cannot be replayed as cookies.

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'; // 32 symbols, no look-alikes

/** 24 symbols of 5 bits each: 120 bits of entropy. */
export function generateSecureRandomString(): string {
  const bytes = randomBytes(24);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte >> 3];
  return out;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Constant-time comparison, so response timing does not reveal how much of a secret matched. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export function splitToken(token: string): { id: string; secret: string } | null {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { id: parts[0], secret: parts[1] };
}

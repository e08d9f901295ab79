import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// Secrets at rest (a robot's URL carries its access key; webhooks and 钉钉 robots have signing
// secrets): AES-256-GCM under a key derived from SHUANGFANG_SECRET_KEY (SHA-256 of it, so any
// long random string will do). The context — the row and the field — is authenticated with the
// ciphertext, so a value copied into another row or field does not open. Stored as
// `v1.<iv>.<tag>.<ciphertext>`, base64url.

const keyOf = (material: string) => createHash('sha256').update(material, 'utf8').digest();

export function seal(material: string, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(material), iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), data].map((p) => p.toString('base64url'));
  return ['v1', ...parts].join('.');
}

/** The plaintext; throws when the key or the context is not the one it was sealed with. */
export function open(material: string, sealed: string, context: string): string {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || !data) {
    throw new Error('unknown secret format');
  }
  const decipher = createDecipheriv('aes-256-gcm', keyOf(material), Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(data, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}

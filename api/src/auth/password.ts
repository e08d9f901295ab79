import { hash, verify } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Rule for a chosen password, in Chinese for the form; null when acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return '密码至少8位';
  if (password.length > 128) return '密码最多128位';
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return '密码须同时包含字母和数字';
  return null;
}

// No 0/O or 1/l/I: an initial password is read aloud or copied from a screen.
const READABLE = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time initial password handed to a new account, to be changed at first login. */
export function generateInitialPassword(): string {
  let password = '';
  while (passwordProblem(password) !== null) {
    password = Array.from({ length: 12 }, () => READABLE[randomInt(READABLE.length)]).join('');
  }
  return password;
}

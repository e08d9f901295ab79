import { createHash } from 'node:crypto';
import type { Db, Executor } from '@shuangfang/db';
import { canonicalJson } from '../../lib/canonical-json.js';
import { AppError } from '../../lib/errors.js';
import * as repo from './idempotency.repository.js';

// Writes a phone may send again (docs/architecture.md "Offline sync"): a check record, a photo, a
// 随手拍. The client names each write with an Idempotency-Key; the first answer is stored in the
// transaction that made the write, so a retry — after a lost response, a reload, a second sync —
// gets that answer back and nothing is written twice. Keys are the caller's own (enterprise and
// user from the session) and are kept 30 days.

export const KEY_DAYS = 30;

export interface Idempotency {
  enterpriseId: string;
  userId: string;
  /** The header's value; without one the write simply runs. */
  key: string | undefined;
  /** What the key stands for: the same key with another request is refused. */
  fingerprint: string;
}

export interface Answer<T> {
  status: number;
  body: T;
  /** The stored answer of an earlier request with the same key (nothing was written now). */
  replayed: boolean;
}

/** Called inside the write's transaction with its answer; records the key with it. */
export type Remember<T> = (trx: Executor, body: T) => Promise<void>;

/** SHA-256 of the route and what it was sent, in the product's canonical JSON. */
export const fingerprintOf = (route: string, request: unknown) =>
  createHash('sha256').update(canonicalJson({ route, request })).digest('hex');

class KeyTaken extends Error {}

function replay<T>(
  stored: { fingerprint: string; status: number; response: unknown },
  i: Idempotency,
): Answer<T> {
  if (stored.fingerprint !== i.fingerprint) {
    throw new AppError(
      422,
      'IDEMPOTENCY_KEY_REUSED',
      '「幂等键（Idempotency-Key）」已用于另一个内容不同的请求；每个新请求须使用新的幂等键',
      [{ path: 'idempotency-key', message: '已用于另一个内容不同的请求' }],
    );
  }
  return { status: stored.status, body: stored.response as T, replayed: true };
}

/**
 * Runs `write` at most once per key. `write` does its checks and opens its transaction as it
 * would without a key, and calls `remember(trx, answer)` inside it.
 */
export async function idempotent<T>(
  db: Db,
  i: Idempotency,
  status: number,
  write: (remember: Remember<T>) => Promise<T>,
): Promise<Answer<T>> {
  if (i.key === undefined) {
    return { status, body: await write(async () => {}), replayed: false };
  }
  const ref = { enterpriseId: i.enterpriseId, userId: i.userId, key: i.key };
  const stored = await repo.findKey(db, ref);
  if (stored) return replay(stored, i);
  try {
    const body = await write(async (trx, answer) => {
      const fresh = await repo.insertKey(trx, ref, {
        fingerprint: i.fingerprint,
        status,
        response: answer,
      });
      if (!fresh) throw new KeyTaken();
    });
    return { status, body, replayed: false };
  } catch (error) {
    // A request with the same key was answered meanwhile (a retry sent while the first was still
    // running): its answer is the answer, whatever this one ran into — a unique window, a lost
    // race for the key.
    const answered = await repo.findKey(db, ref);
    if (answered) return replay(answered, i);
    throw error;
  }
}

/** Forgets keys past their 30 days (a sweep). */
export async function sweepIdempotencyKeys(db: Db, now: Date) {
  await repo.deleteKeysBefore(db, new Date(now.getTime() - KEY_DAYS * 86_400_000));
}

import { createHash } from 'node:crypto';
import type { Db } from '@shuangfang/db';
import { sql } from 'kysely';
import { AppError } from '../lib/errors.js';

/**
 * Counts attempts per key in a sliding window, in the database (`rate_limit`), so a limit holds
 * across every app process: a guesser spreading attempts over the processes behind a balancer
 * counts against the same window as one talking to one process.
 *
 * An attempt is counted before it is judged (`take`), under the key's row lock, so attempts that
 * arrive together, on one process or several, cannot all slip under the limit: exactly `limit` of
 * them are counted and the rest are refused. The database's clock times the window, so processes
 * whose clocks differ agree.
 */
export class RateLimiter {
  constructor(
    private readonly db: Db,
    /** Which limit the counts belong to, e.g. failed logins per account. */
    private readonly bucket: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt. Answers 0 when it was counted, else the seconds until one may be. */
  async take(key: string): Promise<number> {
    const keyHash = hashOf(key);
    const window = sql`(${this.windowMs}::float8 * interval '1 millisecond')`;
    return this.db.transaction().execute(async (trx) => {
      // Creates the key's row or locks the existing one (a no-op update): from here until commit
      // the key's other attempts, and the sweep deleting expired rows, wait for this one.
      await trx
        .insertInto('rate_limit')
        .values({ bucket: this.bucket, key_hash: keyHash, hits: sql`'{}'`, expires_at: sql`now()` })
        .onConflict((oc) => oc.columns(['bucket', 'key_hash']).doUpdateSet({ bucket: this.bucket }))
        .execute();
      const { rows } = await sql<{ now_ms: number; recent_ms: number[] }>`
        select (extract(epoch from now()) * 1000)::float8 as now_ms,
          array(select (extract(epoch from h) * 1000)::float8 from unnest(hits) h
                where h > now() - ${window} order by h) as recent_ms
        from rate_limit where bucket = ${this.bucket} and key_hash = ${keyHash}`.execute(trx);
      const { now_ms: now, recent_ms: recent } = rows[0]!;
      if (recent.length >= this.limit) {
        return Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000));
      }
      await sql`update rate_limit
        set hits = array(select h from unnest(hits) h where h > now() - ${window} order by h)
                   || now(),
            expires_at = now() + ${window}
        where bucket = ${this.bucket} and key_hash = ${keyHash}`.execute(trx);
      return 0;
    });
  }

  /** Uncounts the latest attempt: it turned out not to be one this limit counts (a success). */
  async giveBack(key: string): Promise<void> {
    await sql`update rate_limit set hits = hits[1:cardinality(hits) - 1]
      where bucket = ${this.bucket} and key_hash = ${hashOf(key)}`.execute(this.db);
  }

  /** Forgets every attempt of the key. */
  async reset(key: string): Promise<void> {
    await this.db
      .deleteFrom('rate_limit')
      .where('bucket', '=', this.bucket)
      .where('key_hash', '=', hashOf(key))
      .execute();
  }
}

/** A mistyped login may be a password: only its hash is stored. */
const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');

/** Deletes the counters whose window has passed (a sweep, so made-up keys do not pile up). */
export async function sweepRateLimits(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('rate_limit').where('expires_at', '<', now).execute();
}

export function tooManyRequests(retryAfterSeconds: number, what: string): AppError {
  return new AppError(
    429,
    'RATE_LIMITED',
    `${what}过于频繁，请在 ${retryAfterSeconds} 秒后重试`,
    undefined,
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

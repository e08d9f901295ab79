import { AppError } from '../lib/errors.js';

/**
 * Counts events per key in a sliding window, in memory. One process serves the app, so memory is
 * the whole truth; a restart forgets counts, which only ever lets a user in sooner.
 */
const MAX_KEYS = 10_000;

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.limit) return 0;
    return Math.ceil(((recent[0] as number) + this.windowMs - now) / 1000);
  }

  hit(key: string, now = Date.now()): void {
    // Attempts on ever-new keys (made-up accounts) must not grow memory without bound.
    if (this.hits.size >= MAX_KEYS) this.forgetIdle(now);
    const recent = this.recent(key, now);
    recent.push(now);
    this.hits.set(key, recent);
  }

  private forgetIdle(now: number): void {
    for (const key of this.hits.keys()) {
      if (this.recent(key, now).length === 0) this.hits.delete(key);
    }
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }
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

import type { Db } from '@shuangfang/db';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { sql } from 'kysely';
import { isHttps } from './client-address.js';
import type { AppEnv } from './create-router.js';

// The heavy reads (dashboard, registry search, hazard search, ledgers and their exports, the
// public queries) may be served by a read replica (DATABASE_READ_URL); everything else, and every
// write, uses the primary. A replica is behind the primary by its replay lag, so no user may be
// sent to it before it holds what that user wrote:
// - after each write request the primary's WAL position (an LSN) is handed to the client in a
//   cookie, which the web tier passes along like the session cookie;
// - a heavy read from a client whose cookie names a position the replica has not replayed yet is
//   served by the primary. Without the cookie, or once the replica has caught up, the replica.
// A replica that cannot be reached sends every read to the primary until it answers again.

/** Where this client's last write ended in the primary's WAL. */
export const WROTE_COOKIE = 'sf_wrote';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** How long one look at the replica's replay position is reused. Only ever an underestimate. */
const PROBE_TTL_MS = 1_000;
/** A replica that has not answered a look by then counts as unreachable (a vanished host). */
const PROBE_TIMEOUT_MS = 1_000;

/** `16/B374D848` (PostgreSQL's text form of an LSN) as a comparable number, or null. */
export function lsnValue(text: string | undefined | null): bigint | null {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text ?? '');
  return match ? (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`) : null;
}

interface Probe {
  at: number;
  /** Replayed position; null on a database that is not a standby (it has everything). */
  replayed: bigint | null;
  reachable: boolean;
}

export class ReadRouting {
  private probe: Probe | null = null;
  /** The look under way, which every request arriving meanwhile shares. */
  private looking: Promise<Probe> | null = null;

  constructor(
    readonly primary: Db,
    readonly replica: Db | null,
  ) {}

  /** The database a heavy read of this request goes to. */
  async readerFor(c: Context<AppEnv>): Promise<Db> {
    if (!this.replica) return this.primary;
    const needed = lsnValue(getCookie(c, WROTE_COOKIE));
    let probe = await this.look(false);
    if (probe.reachable && !this.holds(probe, needed)) probe = await this.look(true);
    return probe.reachable && this.holds(probe, needed) ? this.replica : this.primary;
  }

  /** The primary's current WAL position, which covers every transaction committed so far. */
  async writePosition(): Promise<string | null> {
    const { rows } = await sql<{
      lsn: string | null;
    }>`select pg_current_wal_lsn()::text as lsn`.execute(this.primary);
    return rows[0]?.lsn ?? null;
  }

  private holds(probe: Probe, needed: bigint | null): boolean {
    return needed === null || probe.replayed === null || probe.replayed >= needed;
  }

  private look(fresh: boolean): Promise<Probe> {
    if (!fresh && this.probe && Date.now() - this.probe.at < PROBE_TTL_MS) {
      return Promise.resolve(this.probe);
    }
    this.looking ??= this.replayPosition().finally(() => (this.looking = null));
    return this.looking;
  }

  private async replayPosition(): Promise<Probe> {
    const at = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('replica probe timed out')), PROBE_TIMEOUT_MS);
    });
    try {
      const { rows } = await Promise.race([
        sql<{ lsn: string | null }>`select pg_last_wal_replay_lsn()::text as lsn`.execute(
          this.replica!,
        ),
        timeout,
      ]);
      const lsn = rows[0]?.lsn ?? null;
      this.probe = { at, replayed: lsn === null ? null : lsnValue(lsn), reachable: true };
    } catch {
      this.probe = { at, replayed: null, reachable: false };
    } finally {
      clearTimeout(timer);
    }
    return this.probe;
  }
}

/** The database for this request's heavy read (ReadRouting.readerFor). */
export const readerOf = (c: Context<AppEnv>) => c.var.reads.readerFor(c);

/** After a write request, tells the client where its write ended (only with a replica). */
export const rememberWrites = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const reads = c.var.reads;
  if (!reads.replica || SAFE_METHODS.has(c.req.method)) return;
  const position = await reads.writePosition().catch(() => null);
  if (!position) return;
  setCookie(c, WROTE_COOKIE, position, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c),
  });
});

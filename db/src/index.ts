import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, NO_MIGRATIONS, sql, type MigrationResultSet } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import type { Database, Db } from './database.js';
import { migrationProvider } from './migrations/index.js';
import { PGliteDialect } from './pglite-dialect.js';

export type { Database, Db, Executor } from './database.js';
export * from './enums.js';
export * from './tables/agency.table.js';
export * from './tables/blacklist-repair.table.js';
export * from './tables/certificate-review.table.js';
export * from './tables/check.table.js';
export * from './tables/enterprise.table.js';
export * from './tables/hazard.table.js';
export * from './tables/jurisdiction.table.js';
export * from './tables/regulator.table.js';
export * from './tables/report.table.js';
export * from './tables/risk.table.js';
export * from './tables/tipoff.table.js';
export * from './tables/user.table.js';
export * from './tables/inspection.table.js';
export * from './tables/cluster.table.js';
export * from './tables/criteria.table.js';
export { SHIPPED_STANDARDS } from './data/criteria/index.js';
export type { CriteriaItemSeed, CriteriaStandardSeed } from './data/criteria/index.js';
export * from './tables/chemicals.table.js';
export * from './tables/idempotency.table.js';
export * from './tables/notification.table.js';

export interface DbOptions {
  /** PostgreSQL URL; defaults to `DATABASE_URL`. Without one, PGlite is used. */
  url?: string;
  /** PGlite data folder; defaults to `SHUANGFANG_DATA_DIR` or `./data`. */
  dataDir?: string;
}

export function databaseKind(options: DbOptions = {}): 'postgres' | 'pglite' {
  return (options.url ?? process.env.DATABASE_URL) ? 'postgres' : 'pglite';
}

/**
 * PGlite's own start parameters, with a smaller buffer cache. Its default `shared_buffers` (128 MB)
 * lives in the WebAssembly memory, which grows with every page the database touches and is never
 * given back: the app on the demo settled at 400–420 MB, and at 280–325 MB with 32 MB, serving the
 * demo's pages as fast (docs/performance.md, "Memory"). An embedded database is one plant's.
 */
const PGLITE_START = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/** Opens the database: PostgreSQL through postgres.js when a URL is given, else embedded PGlite. */
export async function createDb(options: DbOptions = {}): Promise<Db> {
  const url = options.url ?? process.env.DATABASE_URL;
  if (url) return openPostgres(url);
  const dataDir = options.dataDir ?? process.env.SHUANGFANG_DATA_DIR ?? './data';
  const pglite = await PGlite.create(dataDir, { startParams: PGLITE_START });
  return new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
}

/**
 * The read replica named by `DATABASE_READ_URL` (a PostgreSQL hot standby of `DATABASE_URL`), or
 * null without one. PGlite has no replica: one process, one database.
 */
export function createReadDb(url = process.env.DATABASE_READ_URL): Db | null {
  if (!url) return null;
  if (databaseKind() !== 'postgres') {
    throw new Error('DATABASE_READ_URL needs DATABASE_URL: a replica follows a PostgreSQL primary');
  }
  return openPostgres(url);
}

function openPostgres(url: string): Db {
  // A request while the database is down fails within seconds (503) instead of hanging, and
  // the pool reconnects by itself once it is back. Reconnection waits at most 2 s: postgres.js
  // backs off up to 20 s by default, and a request queued for a connection waits that long.
  const prepare = preparedStatements();
  const client = postgres(url, {
    max: 10,
    connect_timeout: 5,
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 2),
    onnotice: () => {},
    // Off, postgres.js prepares nothing at all, not even its own lookup of array types on
    // connecting, which a transaction-mode pooler would run on another server connection.
    prepare,
  });
  const postgresClient = prepare ? preparing(client) : client;
  return new Kysely<Database>({ dialect: new PostgresJSDialect({ postgres: postgresClient }) });
}

/**
 * Prepared statements unless `DATABASE_PREPARED_STATEMENTS` is `false`: a statement is parsed and
 * planned once per connection instead of on every request (docs/performance.md). Turn them off
 * behind a pooler that hands one client's statements to different server connections
 * (pgbouncer in transaction mode before 1.21, for example).
 */
export function preparedStatements(env = process.env.DATABASE_PREPARED_STATEMENTS): boolean {
  return !['false', 'off', '0', 'no'].includes((env ?? '').trim().toLowerCase());
}

/**
 * The client with each query prepared. kysely-postgres-js runs every query through `unsafe()` on
 * a reserved connection, which postgres.js leaves unprepared unless asked per call.
 */
function preparing(client: postgres.Sql): postgres.Sql {
  const prepared = (conn: postgres.ReservedSql) =>
    new Proxy(conn, {
      get(target, key, receiver) {
        if (key !== 'unsafe') return Reflect.get(target, key, receiver);
        return (query: string, parameters?: never[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, parameters, { prepare: true, ...options });
      },
    });
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key !== 'reserve') return Reflect.get(target, key, receiver);
      return async () => prepared(await target.reserve());
    },
  });
}

function check({ error, results }: MigrationResultSet): void {
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const where = failed ? ` (migration ${failed.migrationName})` : '';
    throw new Error(`database migration failed${where}: ${String(error)}`, { cause: error });
  }
}

/**
 * Runs the migrations not yet run. Safe when several processes start together: Kysely's Migrator
 * takes a PostgreSQL advisory lock on one connection, reads what has run once it holds it, and
 * runs the rest in one transaction, so each migration runs once and the others find it done.
 */
export async function migrateToLatest(db: Db): Promise<void> {
  // Most starts find the database current: one read instead of the Migrator's lock table and checks.
  if (await isMigrated(db)) return;
  check(await new Migrator({ db, provider: migrationProvider }).migrateToLatest());
}

/** Undo every migration (used by the migration tests). */
export async function migrateToEmpty(db: Db): Promise<void> {
  check(await new Migrator({ db, provider: migrationProvider }).migrateTo(NO_MIGRATIONS));
}

/**
 * True when exactly the known migrations have run: a start has nothing to do, and a process is
 * ready to serve (its code and the schema agree).
 */
export async function isMigrated(db: Db): Promise<boolean> {
  const known = Object.keys(await migrationProvider.getMigrations()).sort();
  try {
    const { rows } = await sql<{
      name: string;
    }>`select name from kysely_migration order by name`.execute(db);
    return rows.length === known.length && rows.every((r, i) => r.name === known[i]);
  } catch {
    return false; // no bookkeeping table yet: a fresh database
  }
}

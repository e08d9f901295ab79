import { sql, type Kysely } from 'kysely';

// What several app processes share through the database instead of each keeping its own:
// - rate_limit: the failed-login and tip-off counters (a sliding window of attempt times per key),
//   so a limit holds whichever process a request reaches;
// - sweep_run: one row per period of the calendar sweeps, claimed by the one process that runs it,
//   so a period's sweep runs once in the whole cluster and an interrupted one is run again.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('rate_limit')
    .addColumn('bucket', 'text', (c) => c.notNull())
    // SHA-256 of the key: a login typed into the wrong field may be someone's password.
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('hits', sql`timestamptz[]`, (c) => c.notNull())
    // The last hit plus the window: after it the row counts nothing and the sweep deletes it.
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limit_pk', ['bucket', 'key_hash'])
    .execute();
  await db.schema.createIndex('rate_limit_expires').on('rate_limit').column('expires_at').execute();

  await db.schema
    .createTable('sweep_run')
    // The start of the period (database clock), e.g. every minute's :00.
    .addColumn('slot', 'timestamptz', (c) => c.primaryKey())
    .addColumn('runner', 'text', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    // More than 1: a runner died or failed mid-run and another run of the same period followed.
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('sweep_run').execute();
  await db.schema.dropTable('rate_limit').execute();
}

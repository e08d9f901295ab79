import { sql, type Kysely } from 'kysely';

// Two enterprise-owned tables were keyed by `id` alone. Every tenant-owned table leads its primary
// key with `enterprise_id` (docs/architecture.md, Tenancy), which is also what distributing them
// on Citus by `enterprise_id` needs (docs/deployment.md): a distributed table's primary key must
// contain its distribution column.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TABLES = ['blacklist_event', 'inspector_conflict'];

export async function up(db: AnyDb): Promise<void> {
  for (const table of TABLES) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(`${table}_pkey`)},
      add constraint ${sql.ref(`${table}_pkey`)} primary key (enterprise_id, id)`.execute(db);
  }
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of TABLES) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(`${table}_pkey`)},
      add constraint ${sql.ref(`${table}_pkey`)} primary key (id)`.execute(db);
  }
}

import { sql, type Kysely } from 'kysely';
import { BLACKLIST_REPAIR_STATES } from '../enums.js';

// 信用修复 (early removal from the 严重失信 blacklist): the enterprise applies after at least
// 12 months listed, the agency approves or refuses. Applications are their own rows so that a
// refused one stays on record and the enterprise may apply again; one pending per entry.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('blacklist_repair')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('entry_id', 'uuid', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('applied_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('applied_at', 'timestamptz', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .check(sql.raw(`state in (${BLACKLIST_REPAIR_STATES.map((s) => `'${s}'`).join(', ')})`)),
    )
    .addColumn('decided_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decision_note', 'text')
    .addPrimaryKeyConstraint('blacklist_repair_pk', ['enterprise_id', 'id'])
    .addForeignKeyConstraint(
      'blacklist_repair_entry_fk',
      ['enterprise_id', 'entry_id'],
      'blacklist_entry',
      ['enterprise_id', 'id'],
    )
    .addCheckConstraint('blacklist_repair_decided', sql`(state = 'pending') = (decided_at is null)`)
    .execute();
  await sql`create unique index blacklist_repair_one_pending on blacklist_repair
    (enterprise_id, entry_id) where state = 'pending'`.execute(db);
  // The regulator's list reads the subtree's entries newest first.
  await sql`create index blacklist_entry_recent on blacklist_entry (proposed_at desc, id desc)`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index blacklist_entry_recent`.execute(db);
  await db.schema.dropTable('blacklist_repair').execute();
}

import { sql, type Kysely } from 'kysely';
import { TIPOFF_KINDS, TIPOFF_STATES, UPLOAD_CONTENT_TYPES } from '../enums.js';

// Public tip-offs (隐患举报, docs/domain.md section 6) and their photos. The receipt code is stored only
// as its SHA-256; the reporter's identity stays in this table, which no enterprise route reads.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('tipoff')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull().references('enterprise.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('receipt_hash', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', TIPOFF_KINDS)))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('reporter_name', 'text')
    .addColumn('reporter_phone', 'text')
    .addColumn('state', 'text', (c) => c.notNull().check(oneOf('state', TIPOFF_STATES)))
    .addColumn('filed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('reviewed_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('decided_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('reject_reason', 'text')
    .addColumn('hazard_id', 'uuid')
    .addColumn('fine_fen', 'bigint', (c) => c.check(sql`fine_fen > 0`))
    .addColumn('reward_fen', 'bigint', (c) => c.check(sql`reward_fen >= 0`))
    .addColumn('reward_recorded_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('reward_recorded_at', 'timestamptz')
    .addColumn('reward_paid_on', 'date')
    .addColumn('reward_paid_by', 'uuid', (c) => c.references('app_user.id'))
    .addPrimaryKeyConstraint('tipoff_pk', ['enterprise_id', 'id'])
    .addForeignKeyConstraint('tipoff_hazard_fk', ['enterprise_id', 'hazard_id'], 'hazard', [
      'enterprise_id',
      'id',
    ])
    // Named: both name and phone; anonymous: neither.
    .addCheckConstraint('tipoff_reporter', sql`(reporter_name is null) = (reporter_phone is null)`)
    .addCheckConstraint(
      'tipoff_unsubstantiated',
      sql`(state = 'unsubstantiated') = (reject_reason is not null)`,
    )
    .addCheckConstraint('tipoff_verified', sql`(state = 'verified') = (hazard_id is not null)`)
    // A reward exists only for a verified tip-off with its fine; it is paid only once recorded.
    .addCheckConstraint(
      'tipoff_reward',
      sql`(fine_fen is null) = (reward_fen is null)
        and (fine_fen is null or state = 'verified')
        and (reward_paid_on is null or reward_fen is not null)`,
    )
    .execute();
  // The triage list: an agency's subtree, newest first.
  await sql`create index tipoff_filed on tipoff (enterprise_id, filed_at desc)`.execute(db);
  await sql`create index tipoff_recent on tipoff (filed_at desc, id desc)`.execute(db);

  await db.schema
    .createTable('tipoff_photo')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull())
    .addColumn('tipoff_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) =>
      c.notNull().check(oneOf('content_type', UPLOAD_CONTENT_TYPES)),
    )
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addPrimaryKeyConstraint('tipoff_photo_pk', ['enterprise_id', 'id'])
    .addForeignKeyConstraint('tipoff_photo_tipoff_fk', ['enterprise_id', 'tipoff_id'], 'tipoff', [
      'enterprise_id',
      'id',
    ])
    .execute();
  await sql`create index tipoff_photo_of on tipoff_photo (enterprise_id, tipoff_id)`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('tipoff_photo').execute();
  await db.schema.dropTable('tipoff').execute();
}

import { sql, type Kysely } from 'kysely';
import { CHECK_RESULTS, UPLOAD_CONTENT_TYPES } from '../enums.js';

// Check records (排查记录) of control measures, the photo store behind attachment refs, and the
// re-assessment flag a repeated failure sets on a risk event. Check tasks themselves are not
// stored: they are derived from each measure's cycle at read time.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('upload')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull().references('enterprise.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) =>
      c.notNull().check(oneOf('content_type', UPLOAD_CONTENT_TYPES)),
    )
    .addColumn('byte_size', 'integer', (c) => c.notNull().check(sql`byte_size > 0`))
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addColumn('uploaded_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('upload_pk', ['enterprise_id', 'id'])
    .execute();

  await db.schema
    .createTable('check_record')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull().references('enterprise.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('measure_id', 'uuid', (c) => c.notNull())
    .addColumn('window_start', 'timestamptz', (c) => c.notNull())
    .addColumn('window_end', 'timestamptz', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull().check(oneOf('result', CHECK_RESULTS)))
    .addColumn('note', 'text')
    .addColumn('attachments', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('hazard_id', 'uuid')
    .addColumn('recorded_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    // Milliseconds, as JavaScript dates hold them, so a keyset cursor compares equal to its row.
    .addColumn('recorded_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`date_trunc('milliseconds', now())`),
    )
    .addPrimaryKeyConstraint('check_record_pk', ['enterprise_id', 'id'])
    // One record per measure and window: a second check of the same window is a conflict.
    .addUniqueConstraint('check_record_window', ['enterprise_id', 'measure_id', 'window_start'])
    .addForeignKeyConstraint(
      'check_record_measure_fk',
      ['enterprise_id', 'measure_id'],
      'control_measure',
      ['enterprise_id', 'id'],
    )
    .addForeignKeyConstraint('check_record_hazard_fk', ['enterprise_id', 'hazard_id'], 'hazard', [
      'enterprise_id',
      'id',
    ])
    .addCheckConstraint('check_record_window_order', sql`window_end > window_start`)
    .addCheckConstraint('check_record_hazard', sql`(result = 'not_ok') = (hazard_id is not null)`)
    .execute();
  // History newest first, and the tasks of a day (records of many measures in a time range).
  await sql`create index check_record_recorded on check_record (enterprise_id, recorded_at desc, id desc)`.execute(
    db,
  );
  await sql`create index check_record_window_start on check_record (enterprise_id, window_start)`.execute(
    db,
  );

  await db.schema
    .alterTable('risk_event')
    .addColumn('reassess_flagged_at', 'timestamptz')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('risk_event').dropColumn('reassess_flagged_at').execute();
  await db.schema.dropTable('check_record').execute();
  await db.schema.dropTable('upload').execute();
}

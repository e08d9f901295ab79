import { sql, type Kysely } from 'kysely';
import { REPORT_KINDS, REPORT_RECIPIENTS, REPORT_STATES } from '../enums.js';

// 双报告: reports and their receipts (签收). A submitted report is a snapshot that nobody may
// change, not even by a direct UPDATE: a trigger refuses it, as hazard_event's does. Receipts are
// written once and never changed either.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('report')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull().references('enterprise.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', REPORT_KINDS)))
    .addColumn('hazard_id', 'uuid')
    .addColumn('period', 'text')
    .addColumn('state', 'text', (c) => c.notNull().check(oneOf('state', REPORT_STATES)))
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.check(sql`content_hash ~ '^[0-9a-f]{64}$'`))
    .addColumn('agency_id', 'uuid', (c) => c.notNull().references('agency.id'))
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('drafted_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('drafted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('submitted_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('report_pk', ['enterprise_id', 'id'])
    .addForeignKeyConstraint('report_hazard_fk', ['enterprise_id', 'hazard_id'], 'hazard', [
      'enterprise_id',
      'id',
    ])
    // Event reports name their hazard, periodic ones their period; never both.
    .addCheckConstraint(
      'report_subject',
      sql`(kind like 'major_%') = (hazard_id is not null) and (kind like 'major_%') = (period is null)`,
    )
    .addCheckConstraint(
      'report_submitted',
      sql`(state = 'submitted') = (submitted_at is not null)
        and (state = 'submitted') = (submitted_by is not null)
        and (state = 'submitted') = (content_hash is not null)`,
    )
    .execute();
  // One report per period; the list reads newest first, and a hazard's reports by hazard.
  await sql`create unique index report_period on report (enterprise_id, kind, period)
    where period is not null`.execute(db);
  await sql`create index report_drafted on report (enterprise_id, drafted_at desc, id desc)`.execute(
    db,
  );
  await sql`create index report_hazard on report (enterprise_id, hazard_id) where hazard_id is not null`.execute(
    db,
  );

  await sql`create function report_refuse_submitted_change() returns trigger language plpgsql as $$
    begin
      if old.state = 'submitted' then
        raise exception 'report % is submitted: its snapshot cannot be changed (% refused)',
          old.id, tg_op using errcode = '55000';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger report_immutable before update or delete on report
    for each row execute function report_refuse_submitted_change()`.execute(db);

  await db.schema
    .createTable('report_acknowledgement')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull())
    .addColumn('report_id', 'uuid', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull().check(oneOf('recipient', REPORT_RECIPIENTS)))
    .addColumn('acknowledged_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('acknowledged_by_name', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'uuid', (c) => c.references('agency.id'))
    .addColumn('acknowledged_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_acknowledgement_pk', [
      'enterprise_id',
      'report_id',
      'recipient',
    ])
    .addForeignKeyConstraint(
      'report_acknowledgement_report_fk',
      ['enterprise_id', 'report_id'],
      'report',
      ['enterprise_id', 'id'],
    )
    .addCheckConstraint(
      'report_acknowledgement_agency',
      sql`(recipient = 'agency') = (agency_id is not null)`,
    )
    .execute();

  await sql`create function report_acknowledgement_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'report_acknowledgement is append-only: % refused', tg_op using errcode = '55000';
    end $$`.execute(db);
  await sql`create trigger report_acknowledgement_append_only
    before update or delete on report_acknowledgement
    for each row execute function report_acknowledgement_refuse_change()`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('report_acknowledgement').execute();
  await sql`drop function report_acknowledgement_refuse_change()`.execute(db);
  await db.schema.dropTable('report').execute();
  await sql`drop function report_refuse_submitted_change()`.execute(db);
}

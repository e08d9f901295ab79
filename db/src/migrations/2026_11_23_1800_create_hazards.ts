import { sql, type Kysely } from 'kysely';
import {
  HAZARD_CATEGORIES,
  HAZARD_EVENT_ACTIONS,
  HAZARD_EXTENSION_STATES,
  HAZARD_GRADES,
  HAZARD_KINDS,
  HAZARD_MANAGE_TYPES,
  HAZARD_SOURCES,
  HAZARD_STATES,
} from '../enums.js';

// Hidden hazards (隐患排查治理): the hazard, its extension requests and its event log. The log is
// append-only in the database itself (a trigger), so not even a bug in the API can rewrite it, and
// hash-chained per enterprise by the API (modules/hazards/hazard-chain.ts), so that whoever
// bypasses the trigger leaves a chain that no longer verifies.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
const HEX64 = sql`~ '^[0-9a-f]{64}$'`;
const ZEROS = '0'.repeat(64);

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('hazard')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull().references('enterprise.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('source', 'text', (c) => c.notNull().check(oneOf('source', HAZARD_SOURCES)))
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', HAZARD_KINDS)))
    .addColumn('category', 'text', (c) => c.notNull().check(oneOf('category', HAZARD_CATEGORIES)))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('risk_object_id', 'uuid')
    .addColumn('risk_unit_id', 'uuid')
    .addColumn('control_measure_id', 'uuid')
    .addColumn('grade', 'text', (c) => c.check(oneOf('grade', HAZARD_GRADES)))
    .addColumn('manage_type', 'text', (c) => c.check(oneOf('manage_type', HAZARD_MANAGE_TYPES)))
    .addColumn('state', 'text', (c) => c.notNull().check(oneOf('state', HAZARD_STATES)))
    .addColumn('deadline', 'timestamptz')
    .addColumn('plan', 'jsonb')
    .addColumn('responsible_user_id', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('rectifier_id', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('reporter_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('found_by_agency_id', 'uuid', (c) => c.references('agency.id'))
    // Milliseconds, as JavaScript dates hold them: a keyset cursor made from a row's created_at
    // then compares equal to the row instead of skipping rows within the same millisecond.
    .addColumn('created_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`date_trunc('milliseconds', now())`),
    )
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('closed_at', 'timestamptz')
    .addPrimaryKeyConstraint('hazard_pk', ['enterprise_id', 'id'])
    // Locations point into the same enterprise's register (null columns skip the check).
    .addForeignKeyConstraint(
      'hazard_risk_object_fk',
      ['enterprise_id', 'risk_object_id'],
      'risk_object',
      ['enterprise_id', 'id'],
    )
    .addForeignKeyConstraint(
      'hazard_risk_unit_fk',
      ['enterprise_id', 'risk_unit_id'],
      'risk_unit',
      ['enterprise_id', 'id'],
    )
    .addForeignKeyConstraint(
      'hazard_control_measure_fk',
      ['enterprise_id', 'control_measure_id'],
      'control_measure',
      ['enterprise_id', 'id'],
    )
    // Past triage a hazard has its grade and manage type; a timed one has its deadline.
    .addCheckConstraint(
      'hazard_confirmed',
      sql`state in ('reported', 'rejected') or (grade is not null and manage_type is not null)`,
    )
    .addCheckConstraint(
      'hazard_deadline',
      sql`manage_type is distinct from '限期整改' or deadline is not null`,
    )
    .addCheckConstraint('hazard_closed', sql`(state = 'closed') = (closed_at is not null)`)
    .addCheckConstraint('hazard_found_by', sql`found_by_agency_id is null or source = '监管检查'`)
    .execute();

  // The list pages newest first, by state or not; overdue reads open hazards by deadline.
  await sql`create index hazard_created on hazard (enterprise_id, created_at desc, id desc)`.execute(
    db,
  );
  await sql`create index hazard_state on hazard (enterprise_id, state, created_at desc, id desc)`.execute(
    db,
  );
  await sql`create index hazard_open_deadline on hazard (enterprise_id, deadline)
    where state not in ('closed', 'rejected')`.execute(db);
  await sql`create index hazard_reporter on hazard (enterprise_id, reporter_id)`.execute(db);

  // A closed or rejected hazard is final, and no hazard is ever deleted: its events point at it.
  await sql`create function hazard_refuse_final_change() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'hazard rows are never deleted' using errcode = '55000';
      end if;
      if old.state in ('closed', 'rejected') then
        raise exception 'hazard % is %, and final', old.id, old.state using errcode = '55000';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger hazard_final before update or delete on hazard
    for each row execute function hazard_refuse_final_change()`.execute(db);

  await db.schema
    .createTable('hazard_extension')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('hazard_id', 'uuid', (c) => c.notNull())
    .addColumn('previous_deadline', 'timestamptz', (c) => c.notNull())
    .addColumn('requested_deadline', 'timestamptz', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c.notNull().defaultTo('pending').check(oneOf('state', HAZARD_EXTENSION_STATES)),
    )
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('decided_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('refusal_reason', 'text')
    .addPrimaryKeyConstraint('hazard_extension_pk', ['enterprise_id', 'id'])
    .addForeignKeyConstraint(
      'hazard_extension_hazard_fk',
      ['enterprise_id', 'hazard_id'],
      'hazard',
      ['enterprise_id', 'id'],
    )
    .addCheckConstraint(
      'hazard_extension_decided',
      sql`(state = 'pending') = (decided_at is null) and (state = 'pending') = (decided_by is null)
        and (state = 'refused') = (refusal_reason is not null)`,
    )
    .addCheckConstraint('hazard_extension_later', sql`requested_deadline > previous_deadline`)
    .execute();
  // One open request per hazard: a second waits for the first to be decided.
  await sql`create unique index hazard_extension_pending on hazard_extension (enterprise_id, hazard_id)
    where state = 'pending'`.execute(db);
  await sql`create index hazard_extension_hazard on hazard_extension (enterprise_id, hazard_id, requested_at)`.execute(
    db,
  );

  await db.schema
    .createTable('hazard_event')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull().check(sql`seq > 0`))
    .addColumn('hazard_id', 'uuid', (c) => c.notNull())
    .addColumn('actor_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(oneOf('action', HAZARD_EVENT_ACTIONS)))
    .addColumn('from_state', 'text', (c) => c.check(oneOf('from_state', HAZARD_STATES)))
    .addColumn('to_state', 'text', (c) => c.notNull().check(oneOf('to_state', HAZARD_STATES)))
    .addColumn('comment', 'text')
    .addColumn('attachments', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('payload', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('prev_hash', 'text', (c) => c.notNull().check(sql`prev_hash ${HEX64}`))
    .addColumn('hash', 'text', (c) => c.notNull().check(sql`hash ${HEX64}`))
    .addPrimaryKeyConstraint('hazard_event_pk', ['enterprise_id', 'id'])
    .addUniqueConstraint('hazard_event_seq', ['enterprise_id', 'seq'])
    .addForeignKeyConstraint('hazard_event_hazard_fk', ['enterprise_id', 'hazard_id'], 'hazard', [
      'enterprise_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('hazard_event_hazard')
    .on('hazard_event')
    .columns(['enterprise_id', 'hazard_id', 'seq'])
    .execute();

  await sql`create function hazard_event_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'hazard_event is append-only: % refused', tg_op using errcode = '55000';
    end $$`.execute(db);
  await sql`create trigger hazard_event_append_only before update or delete on hazard_event
    for each row execute function hazard_event_refuse_change()`.execute(db);
  await sql`create trigger hazard_event_no_truncate before truncate on hazard_event
    for each statement execute function hazard_event_refuse_change()`.execute(db);

  await db.schema
    .createTable('hazard_chain_head')
    .addColumn('enterprise_id', 'uuid', (c) => c.primaryKey().references('enterprise.id'))
    .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_hash', 'text', (c) =>
      c
        .notNull()
        .defaultTo(ZEROS)
        .check(sql`last_hash ${HEX64}`),
    )
    .addColumn('last_event_id', 'uuid')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('hazard_chain_head').execute();
  await db.schema.dropTable('hazard_event').execute();
  await sql`drop function hazard_event_refuse_change()`.execute(db);
  await db.schema.dropTable('hazard_extension').execute();
  await db.schema.dropTable('hazard').execute();
  await sql`drop function hazard_refuse_final_change()`.execute(db);
}

import { sql, type Kysely } from 'kysely';
import {
  CHECK_KINDS,
  CUSTODY_ROLES,
  ENTERPRISE_DUTIES,
  MAJOR_HAZARD_LEVELS,
  PERMIT_ACTIONS,
  PERMIT_LEVELS,
  PERMIT_SIGNER_ROLES,
  PERMIT_STATES,
  PERMIT_TYPES,
  RUN_STATES,
} from '../enums.js';

// 危险化学品 duties (docs/domain-chemicals.md): 重大危险源 and their 包保责任人, run states of units
// and 重大危险源, enterprise duties (who signs what), the daily 承诺公告 and its gate screen, and
// 特殊作业票 with their measures, gas samples and signed steps. Check records gain the 包保 and
// 开车前检查 kinds, so those checks stay ordinary check records (docs/architecture.md).

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

const owned = (db: AnyDb, table: string) =>
  db.schema
    .createTable(table)
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull().references('enterprise.id'));

/** Refuses UPDATE and DELETE: the rows are a signed record. */
async function appendOnly(db: AnyDb, table: string) {
  await sql
    .raw(
      `create function ${table}_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception '${table} is append-only: % refused', tg_op using errcode = '55000';
    end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${table}_append_only before update or delete on ${table}
    for each row execute function ${table}_refuse_change()`,
    )
    .execute(db);
}

export async function up(db: AnyDb): Promise<void> {
  await owned(db, 'major_hazard')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().check(oneOf('level', MAJOR_HAZARD_LEVELS)))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('archived_at', 'timestamptz')
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('major_hazard_pk', ['enterprise_id', 'id'])
    .addUniqueConstraint('major_hazard_code', ['enterprise_id', 'code'])
    .execute();

  await owned(db, 'major_hazard_object')
    .addColumn('major_hazard_id', 'uuid', (c) => c.notNull())
    .addColumn('risk_object_id', 'uuid', (c) => c.notNull())
    .addPrimaryKeyConstraint('major_hazard_object_pk', [
      'enterprise_id',
      'major_hazard_id',
      'risk_object_id',
    ])
    .addForeignKeyConstraint(
      'major_hazard_object_hazard_fk',
      ['enterprise_id', 'major_hazard_id'],
      'major_hazard',
      ['enterprise_id', 'id'],
    )
    .addForeignKeyConstraint(
      'major_hazard_object_object_fk',
      ['enterprise_id', 'risk_object_id'],
      'risk_object',
      ['enterprise_id', 'id'],
    )
    .execute();

  await owned(db, 'major_hazard_custodian')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('major_hazard_id', 'uuid', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(oneOf('role', CUSTODY_ROLES)))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('assigned_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('assigned_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('ended_at', 'timestamptz')
    .addPrimaryKeyConstraint('major_hazard_custodian_pk', ['enterprise_id', 'id'])
    .addForeignKeyConstraint(
      'major_hazard_custodian_hazard_fk',
      ['enterprise_id', 'major_hazard_id'],
      'major_hazard',
      ['enterprise_id', 'id'],
    )
    .addCheckConstraint(
      'major_hazard_custodian_period',
      sql`ended_at is null or ended_at >= assigned_at`,
    )
    .execute();
  // One current 包保责任人 per role of each 重大危险源.
  await sql`create unique index major_hazard_custodian_current on major_hazard_custodian
    (enterprise_id, major_hazard_id, role) where ended_at is null`.execute(db);

  await owned(db, 'run_state')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('unit_id', 'uuid')
    .addColumn('major_hazard_id', 'uuid')
    .addColumn('state', 'text', (c) => c.notNull().check(oneOf('state', RUN_STATES)))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('planned_end_at', 'timestamptz')
    .addColumn('ended_at', 'timestamptz')
    .addColumn('prestart_required', 'boolean', (c) => c.notNull())
    .addColumn('prestart_passed_at', 'timestamptz')
    .addColumn('set_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('run_state_pk', ['enterprise_id', 'id'])
    .addForeignKeyConstraint('run_state_unit_fk', ['enterprise_id', 'unit_id'], 'risk_unit', [
      'enterprise_id',
      'id',
    ])
    .addForeignKeyConstraint(
      'run_state_major_hazard_fk',
      ['enterprise_id', 'major_hazard_id'],
      'major_hazard',
      ['enterprise_id', 'id'],
    )
    .addCheckConstraint('run_state_subject', sql`(unit_id is null) <> (major_hazard_id is null)`)
    .addCheckConstraint('run_state_period', sql`ended_at is null or ended_at >= started_at`)
    .addCheckConstraint('run_state_prestart', sql`prestart_passed_at is null or prestart_required`)
    .execute();
  await sql`create unique index run_state_current_unit on run_state (enterprise_id, unit_id)
    where ended_at is null and unit_id is not null`.execute(db);
  await sql`create unique index run_state_current_major_hazard on run_state
    (enterprise_id, major_hazard_id) where ended_at is null and major_hazard_id is not null`.execute(
    db,
  );
  await sql`create index run_state_history on run_state (enterprise_id, started_at desc, id desc)`.execute(
    db,
  );

  await owned(db, 'duty_assignment')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('duty', 'text', (c) => c.notNull().check(oneOf('duty', ENTERPRISE_DUTIES)))
    .addColumn('assigned_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('assigned_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('duty_assignment_pk', ['enterprise_id', 'user_id', 'duty'])
    .execute();

  await owned(db, 'risk_commitment')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('committed_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('committed_by_name', 'text', (c) => c.notNull())
    .addColumn('committed_as', 'text', (c) =>
      c.notNull().check(sql`committed_as in ('principal', 'deputy')`),
    )
    .addColumn('committed_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('risk_commitment_pk', ['enterprise_id', 'id'])
    .addUniqueConstraint('risk_commitment_day', ['enterprise_id', 'day'])
    .execute();
  // The regulator's day: every commitment of one day across a subtree.
  await sql`create index risk_commitment_on_day on risk_commitment (day, enterprise_id)`.execute(
    db,
  );
  await appendOnly(db, 'risk_commitment');

  await owned(db, 'gate_screen_link')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .addPrimaryKeyConstraint('gate_screen_link_pk', ['enterprise_id', 'id'])
    .execute();
  await sql`create unique index gate_screen_link_live on gate_screen_link (enterprise_id)
    where revoked_at is null`.execute(db);

  await owned(db, 'work_permit')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull().check(oneOf('type', PERMIT_TYPES)))
    .addColumn('level', 'text', (c) => c.check(oneOf('level', PERMIT_LEVELS)))
    .addColumn('state', 'text', (c) => c.notNull().check(oneOf('state', PERMIT_STATES)))
    .addColumn('applicant_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('applied_at', 'timestamptz', (c) => c.notNull())
    .addColumn('applicant_unit', 'text', (c) => c.notNull())
    .addColumn('work_unit', 'text', (c) => c.notNull())
    .addColumn('contractor', 'boolean', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('risk_unit_id', 'uuid')
    .addColumn('work_leader_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('guard_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('guard_certificate', 'text')
    .addColumn('workers', 'jsonb', (c) => c.notNull())
    .addColumn('related_numbers', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('hazard_identification', 'text', (c) => c.notNull())
    .addColumn('other_measures', 'text')
    .addColumn('valid_from', 'timestamptz', (c) => c.notNull())
    .addColumn('valid_to', 'timestamptz', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull())
    .addColumn('approval_chain', 'jsonb', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz')
    .addColumn('interrupted_at', 'timestamptz')
    .addColumn('completed_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('cancel_reason', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('work_permit_pk', ['enterprise_id', 'id'])
    .addUniqueConstraint('work_permit_number', ['enterprise_id', 'number'])
    .addForeignKeyConstraint(
      'work_permit_unit_fk',
      ['enterprise_id', 'risk_unit_id'],
      'risk_unit',
      ['enterprise_id', 'id'],
    )
    .addCheckConstraint('work_permit_validity', sql`valid_to > valid_from`)
    .addCheckConstraint(
      'work_permit_cancelled',
      sql`(state = 'cancelled') = (cancel_reason is not null)`,
    )
    .execute();
  await sql`create index work_permit_applied on work_permit (enterprise_id, applied_at desc, id desc)`.execute(
    db,
  );
  // Open permits: the day's counts and the 监护人 rule read only these.
  await sql`create index work_permit_open on work_permit (enterprise_id, state)
    where state not in ('accepted', 'cancelled')`.execute(db);

  await owned(db, 'work_permit_measure')
    .addColumn('permit_id', 'uuid', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('involved', 'boolean')
    .addColumn('confirmed_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('confirmed_at', 'timestamptz')
    .addPrimaryKeyConstraint('work_permit_measure_pk', ['enterprise_id', 'permit_id', 'seq'])
    .addForeignKeyConstraint(
      'work_permit_measure_permit_fk',
      ['enterprise_id', 'permit_id'],
      'work_permit',
      ['enterprise_id', 'id'],
    )
    .addCheckConstraint(
      'work_permit_measure_confirmed',
      sql`(involved is null) = (confirmed_by is null) and (confirmed_by is null) = (confirmed_at is null)`,
    )
    .execute();

  await owned(db, 'work_permit_gas')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('permit_id', 'uuid', (c) => c.notNull())
    .addColumn('analysed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('point', 'text', (c) => c.notNull())
    .addColumn('readings', 'jsonb', (c) => c.notNull())
    .addColumn('passed', 'boolean', (c) => c.notNull())
    .addColumn('analyst_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('work_permit_gas_pk', ['enterprise_id', 'id'])
    .addForeignKeyConstraint(
      'work_permit_gas_permit_fk',
      ['enterprise_id', 'permit_id'],
      'work_permit',
      ['enterprise_id', 'id'],
    )
    .execute();
  await sql`create index work_permit_gas_of on work_permit_gas (enterprise_id, permit_id, analysed_at)`.execute(
    db,
  );
  await appendOnly(db, 'work_permit_gas');

  await owned(db, 'work_permit_step')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('permit_id', 'uuid', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(oneOf('action', PERMIT_ACTIONS)))
    .addColumn('role', 'text', (c) => c.check(oneOf('role', PERMIT_SIGNER_ROLES)))
    .addColumn('actor_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('work_permit_step_pk', ['enterprise_id', 'id'])
    .addUniqueConstraint('work_permit_step_seq', ['enterprise_id', 'permit_id', 'seq'])
    .addForeignKeyConstraint(
      'work_permit_step_permit_fk',
      ['enterprise_id', 'permit_id'],
      'work_permit',
      ['enterprise_id', 'id'],
    )
    .execute();
  await appendOnly(db, 'work_permit_step');

  // Check records of the 包保 and 开车前检查 kinds (docs/domain-chemicals.md section 3).
  await db.schema
    .alterTable('check_record')
    .addColumn('kind', 'text', (c) =>
      c.notNull().defaultTo('measure').check(oneOf('kind', CHECK_KINDS)),
    )
    .execute();
  await db.schema
    .alterTable('check_record')
    .alterColumn('measure_id', (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable('check_record')
    .addColumn('major_hazard_id', 'uuid')
    .addColumn('custody_role', 'text', (c) => c.check(oneOf('custody_role', CUSTODY_ROLES)))
    .addColumn('run_state_id', 'uuid')
    .execute();
  await db.schema
    .alterTable('check_record')
    .addForeignKeyConstraint(
      'check_record_major_hazard_fk',
      ['enterprise_id', 'major_hazard_id'],
      'major_hazard',
      ['enterprise_id', 'id'],
    )
    .execute();
  await db.schema
    .alterTable('check_record')
    .addForeignKeyConstraint(
      'check_record_run_state_fk',
      ['enterprise_id', 'run_state_id'],
      'run_state',
      ['enterprise_id', 'id'],
    )
    .execute();
  await db.schema
    .alterTable('check_record')
    .addCheckConstraint(
      'check_record_target',
      sql`(kind = 'measure' and measure_id is not null and custody_role is null
           and run_state_id is null)
        or (kind = 'custody' and measure_id is null and major_hazard_id is not null
           and custody_role is not null and run_state_id is null)
        or (kind = 'pre_start' and measure_id is null and custody_role is null
           and run_state_id is not null)`,
    )
    .execute();
  // One record per 包保 window (a key-period window may start with a regular one: ends differ).
  await sql`create unique index check_record_custody_window on check_record
    (enterprise_id, major_hazard_id, custody_role, window_start, window_end)
    where kind = 'custody'`.execute(db);
  // A run period passes its 开车前检查 once; failed ones may come before it.
  await sql`create unique index check_record_prestart_passed on check_record
    (enterprise_id, run_state_id) where kind = 'pre_start' and result = 'ok'`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`delete from check_record where kind <> 'measure'`.execute(db);
  await sql`drop index check_record_prestart_passed`.execute(db);
  await sql`drop index check_record_custody_window`.execute(db);
  await db.schema.alterTable('check_record').dropConstraint('check_record_target').execute();
  await db.schema.alterTable('check_record').dropConstraint('check_record_run_state_fk').execute();
  await db.schema
    .alterTable('check_record')
    .dropConstraint('check_record_major_hazard_fk')
    .execute();
  await db.schema
    .alterTable('check_record')
    .dropColumn('run_state_id')
    .dropColumn('custody_role')
    .dropColumn('major_hazard_id')
    .dropColumn('kind')
    .execute();
  await db.schema
    .alterTable('check_record')
    .alterColumn('measure_id', (c) => c.setNotNull())
    .execute();
  for (const table of ['work_permit_step', 'work_permit_gas', 'risk_commitment']) {
    await db.schema.dropTable(table).execute();
    await sql.raw(`drop function ${table}_refuse_change()`).execute(db);
  }
  for (const table of [
    'work_permit_measure',
    'work_permit',
    'gate_screen_link',
    'duty_assignment',
    'run_state',
    'major_hazard_custodian',
    'major_hazard_object',
    'major_hazard',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

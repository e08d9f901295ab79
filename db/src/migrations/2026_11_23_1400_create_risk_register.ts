import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import {
  ACCIDENT_TYPES,
  ASSESSMENT_METHODS,
  CHECK_CYCLE_UNITS,
  CONTROL_LEVELS,
  MEASURE_CATEGORIES,
  RISK_COLOURS,
} from '../enums.js';

// The risk chain. Each table is enterprise-owned: (enterprise_id, id) is its key, and it points at
// its parent with (enterprise_id, parent_id), so a row can never hang under another tenant's.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Builder = CreateTableBuilder<string, string>;

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

/** The columns every register table shares, its key, and its link to the enterprise. */
function registerTable(db: AnyDb, name: string): Builder {
  return db.schema
    .createTable(name)
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint(`${name}_pk`, ['enterprise_id', 'id'])
    .addForeignKeyConstraint(`${name}_enterprise_fk`, ['enterprise_id'], 'enterprise', ['id']);
}

const child = (builder: Builder, name: string, column: string, parent: string) =>
  builder
    .addColumn(column, 'uuid', (c) => c.notNull())
    .addForeignKeyConstraint(`${name}_parent_fk`, ['enterprise_id', column], parent, [
      'enterprise_id',
      'id',
    ]);

export async function up(db: AnyDb): Promise<void> {
  await registerTable(db, 'risk_object')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('major_hazard_code', 'text')
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('responsible_person', 'text', (c) => c.notNull())
    .execute();

  await child(registerTable(db, 'risk_unit'), 'risk_unit', 'object_id', 'risk_object')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('responsible_person', 'text', (c) => c.notNull())
    .execute();

  await child(registerTable(db, 'risk_event'), 'risk_event', 'unit_id', 'risk_unit')
    .addColumn('hazard_factor', 'text', (c) => c.notNull())
    .addColumn('accident_type', 'text', (c) =>
      c.notNull().check(oneOf('accident_type', ACCIDENT_TYPES)),
    )
    .addColumn('consequence', 'text', (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.check(oneOf('grade', RISK_COLOURS)))
    .addColumn('control_level', 'text', (c) => c.check(oneOf('control_level', CONTROL_LEVELS)))
    .addColumn('control_level_reason', 'text')
    .execute();

  await db.schema
    .createTable('risk_assessment')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('event_id', 'uuid', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull().check(oneOf('method', ASSESSMENT_METHODS)))
    .addColumn('inputs', 'jsonb', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.notNull().check(oneOf('grade', RISK_COLOURS)))
    .addColumn('assessed_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('assessed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('risk_assessment_pk', ['enterprise_id', 'id'])
    .addForeignKeyConstraint(
      'risk_assessment_event_fk',
      ['enterprise_id', 'event_id'],
      'risk_event',
      ['enterprise_id', 'id'],
    )
    .execute();
  await db.schema
    .createIndex('risk_assessment_event')
    .on('risk_assessment')
    .columns(['enterprise_id', 'event_id', 'assessed_at'])
    .execute();

  await child(registerTable(db, 'control_measure'), 'control_measure', 'event_id', 'risk_event')
    .addColumn('category', 'text', (c) => c.notNull().check(oneOf('category', MEASURE_CATEGORIES)))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('control_level', 'text', (c) =>
      c.notNull().check(oneOf('control_level', CONTROL_LEVELS)),
    )
    .addColumn('responsible_person', 'text', (c) => c.notNull())
    .addColumn('check_content', 'text', (c) => c.notNull())
    .addColumn('check_cycle_unit', 'text', (c) =>
      c.check(oneOf('check_cycle_unit', CHECK_CYCLE_UNITS)),
    )
    .addColumn('check_cycle_count', 'integer', (c) => c.check(sql`check_cycle_count > 0`))
    .addCheckConstraint(
      'control_measure_cycle',
      sql`(check_cycle_unit is null) = (check_cycle_count is null)`,
    )
    .execute();

  await child(registerTable(db, 'emergency_measure'), 'emergency_measure', 'event_id', 'risk_event')
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('equipment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull())
    .execute();

  // Each list is read by its parent, in order.
  for (const [table, parent] of [
    ['risk_unit', 'object_id'],
    ['risk_event', 'unit_id'],
    ['control_measure', 'event_id'],
    ['emergency_measure', 'event_id'],
  ] as const) {
    await db.schema
      .createIndex(`${table}_parent`)
      .on(table)
      .columns(['enterprise_id', parent, 'sort_order'])
      .execute();
  }
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'emergency_measure',
    'control_measure',
    'risk_assessment',
    'risk_event',
    'risk_unit',
    'risk_object',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

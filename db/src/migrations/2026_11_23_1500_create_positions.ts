import { sql, type Kysely } from 'kysely';

// Positions (岗位): who works where. A position covers risk units and has workers; its board
// (告知卡) is made from the units' events.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('position')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull().references('enterprise.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('position_pk', ['enterprise_id', 'id'])
    .execute();

  await db.schema
    .createTable('position_unit')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull())
    .addColumn('position_id', 'uuid', (c) => c.notNull())
    .addColumn('unit_id', 'uuid', (c) => c.notNull())
    .addPrimaryKeyConstraint('position_unit_pk', ['enterprise_id', 'position_id', 'unit_id'])
    .addForeignKeyConstraint(
      'position_unit_position_fk',
      ['enterprise_id', 'position_id'],
      'position',
      ['enterprise_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('position_unit_unit_fk', ['enterprise_id', 'unit_id'], 'risk_unit', [
      'enterprise_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('position_worker')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull())
    .addColumn('position_id', 'uuid', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addPrimaryKeyConstraint('position_worker_pk', ['enterprise_id', 'position_id', 'user_id'])
    .addForeignKeyConstraint(
      'position_worker_position_fk',
      ['enterprise_id', 'position_id'],
      'position',
      ['enterprise_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  // "My position" for a worker's phone: from the user to their positions.
  await db.schema
    .createIndex('position_worker_user')
    .on('position_worker')
    .column('user_id')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['position_worker', 'position_unit', 'position']) {
    await db.schema.dropTable(table).execute();
  }
}

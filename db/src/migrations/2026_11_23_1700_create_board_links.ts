import { sql, type Kysely } from 'kysely';

// The public link behind a position board's QR code (一牌). The token is a capability printed on
// paper: anyone holding it may read the board, until it is revoked and a new one issued.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('board_link')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('position_id', 'uuid', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .addPrimaryKeyConstraint('board_link_pk', ['enterprise_id', 'id'])
    .addForeignKeyConstraint(
      'board_link_position_fk',
      ['enterprise_id', 'position_id'],
      'position',
      ['enterprise_id', 'id'],
    )
    .execute();
  // At most one live link per position.
  await sql`create unique index board_link_live on board_link (enterprise_id, position_id)
    where revoked_at is null`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('board_link').execute();
}

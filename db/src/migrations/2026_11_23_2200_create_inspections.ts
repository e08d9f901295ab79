import { sql, type Kysely } from 'kysely';
import { INSPECTION_STATES } from '../enums.js';

// 双随机一公开 (docs/domain.md section 5): the inspector directory with declared conflicts, each
// agency's catalogue of 抽查事项, plans, their draws (final: a redo is a new row, and a trigger
// refuses to change or delete a draw), and one inspection per drawn enterprise, which its team
// records and the agency publishes.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('inspector')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('agency_id', 'uuid', (c) => c.notNull().references('agency.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    // 执法证号: unique nationwide; it names the inspector in published draws.
    .addColumn('badge_number', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index inspector_agency on inspector (agency_id, badge_number)`.execute(db);
  // One account records for one inspector of an agency.
  await sql`create unique index inspector_user on inspector (agency_id, user_id)
    where user_id is not null`.execute(db);

  await db.schema
    .createTable('inspector_conflict')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('inspector_id', 'uuid', (c) => c.notNull().references('inspector.id'))
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull().references('enterprise.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('declared_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('declared_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('inspector_conflict_pair', ['inspector_id', 'enterprise_id'])
    .execute();

  await db.schema
    .createTable('inspection_item')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('agency_id', 'uuid', (c) => c.notNull().references('agency.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index inspection_item_agency on inspection_item (agency_id, created_at)`.execute(
    db,
  );

  await db.schema
    .createTable('inspection_plan')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('agency_id', 'uuid', (c) => c.notNull().references('agency.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    // The catalogue items as they were when the plan was made: [{id, name, legalBasis, method}].
    .addColumn('items', 'jsonb', (c) => c.notNull())
    // {industries, jurisdictions, riskColours, standardizationLevels}; an empty list = any.
    .addColumn('scope', 'jsonb', (c) => c.notNull())
    .addColumn('sample_size', 'integer', (c) => c.check(sql`sample_size > 0`))
    .addColumn('sample_ratio', 'numeric(5, 4)', (c) =>
      c.check(sql`sample_ratio > 0 and sample_ratio <= 1`),
    )
    .addColumn('team_size', 'integer', (c) => c.notNull().check(sql`team_size >= 2`))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'inspection_plan_sample',
      sql`(sample_size is null) <> (sample_ratio is null)`,
    )
    .addCheckConstraint('inspection_plan_period', sql`period_end >= period_start`)
    .execute();
  await sql`create index inspection_plan_agency on inspection_plan (agency_id, created_at desc)`.execute(
    db,
  );

  await db.schema
    .createTable('inspection_draw')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('inspection_plan.id'))
    .addColumn('agency_id', 'uuid', (c) => c.notNull().references('agency.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    // Everything verify needs (draw.ts PublishedDraw): seed inputs, seed, candidates and their
    // hash, inspectors, exclusions, sizes, algorithm version and the result.
    .addColumn('published', 'jsonb', (c) => c.notNull())
    .addColumn('redo_reason', 'text')
    .addColumn('drawn_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('drawn_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('inspection_draw_seq', ['plan_id', 'seq'])
    // The first draw of a plan has no reason; every redo has one.
    .addCheckConstraint('inspection_draw_redo', sql`(seq = 1) = (redo_reason is null)`)
    .execute();
  await sql`create function inspection_draw_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'inspection_draw is final: % refused', tg_op using errcode = '55000';
    end $$`.execute(db);
  await sql`create trigger inspection_draw_final before update or delete on inspection_draw
    for each row execute function inspection_draw_refuse_change()`.execute(db);

  await db.schema
    .createTable('inspection')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull().references('enterprise.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('inspection_plan.id'))
    .addColumn('draw_id', 'uuid', (c) => c.notNull().references('inspection_draw.id'))
    .addColumn('agency_id', 'uuid', (c) => c.notNull().references('agency.id'))
    // Draw order (1-based) within the draw.
    .addColumn('position', 'integer', (c) => c.notNull())
    // Inspector ids of the team, in draw order (jsonb array of uuids).
    .addColumn('team', 'jsonb', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(oneOf('state', INSPECTION_STATES)))
    // Set when a redo replaced the draw: the inspection is void and kept for the record.
    .addColumn('void', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('inspected_on', 'date')
    // [{itemId, name, result}], [{description, kind, category, attachments, hazardId}], [{name, ref}]
    .addColumn('item_results', 'jsonb')
    .addColumn('findings', 'jsonb')
    .addColumn('documents', 'jsonb')
    .addColumn('recorded_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('recorded_at', 'timestamptz')
    .addColumn('publish_due_at', 'timestamptz')
    .addColumn('published_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('published_at', 'timestamptz')
    .addPrimaryKeyConstraint('inspection_pk', ['enterprise_id', 'id'])
    .addUniqueConstraint('inspection_id', ['id'])
    .addCheckConstraint(
      'inspection_recorded',
      sql`(state = 'assigned') = (recorded_at is null) and (state = 'published') = (published_at is not null)`,
    )
    .execute();
  await sql`create index inspection_draw_order on inspection (draw_id, position)`.execute(db);
  await sql`create index inspection_agency_due on inspection (agency_id, publish_due_at)
    where state = 'recorded' and not void`.execute(db);
  await sql`create index inspection_published on inspection (agency_id, published_at desc)
    where state = 'published'`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('inspection').execute();
  await db.schema.dropTable('inspection_draw').execute();
  await sql`drop function inspection_draw_refuse_change()`.execute(db);
  for (const table of ['inspection_plan', 'inspection_item', 'inspector_conflict', 'inspector']) {
    await db.schema.dropTable(table).execute();
  }
}

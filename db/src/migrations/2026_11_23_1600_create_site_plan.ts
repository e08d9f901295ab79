import { sql, type Kysely } from 'kysely';

// 一图: the enterprise's site plan (an uploaded image, kept in the database so that backups and
// tenancy cover it like every other record) and each risk object's polygon on it.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('site_plan')
    .addColumn('enterprise_id', 'uuid', (c) => c.primaryKey().references('enterprise.id'))
    .addColumn('content_type', 'text', (c) =>
      c.notNull().check(sql`content_type in ('image/png', 'image/jpeg')`),
    )
    .addColumn('width', 'integer', (c) => c.notNull().check(sql`width > 0`))
    .addColumn('height', 'integer', (c) => c.notNull().check(sql`height > 0`))
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addColumn('uploaded_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Points as [x, y] fractions of the plan's width and height, so the drawing survives a
  // re-upload of the same plan at another resolution.
  await db.schema.alterTable('risk_object').addColumn('polygon', 'jsonb').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('risk_object').dropColumn('polygon').execute();
  await db.schema.dropTable('site_plan').execute();
}

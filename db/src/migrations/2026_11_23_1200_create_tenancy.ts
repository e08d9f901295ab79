import { sql, type Kysely } from 'kysely';
import {
  CREDIT_STATUSES,
  ENTERPRISE_SCALES,
  INDUSTRIES,
  JURISDICTION_LEVELS,
  RISK_COLOURS,
  ROLES,
  STANDARDIZATION_LEVELS,
} from '../enums.js';

// The schema is typed loosely here on purpose: a migration describes the database as it was on
// its date, not as the current Database interface says.
type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('jurisdiction')
    .addColumn('code', 'text', (c) => c.primaryKey().check(sql`code ~ '^[0-9]{6}([0-9]{3})?$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().check(oneOf('level', JURISDICTION_LEVELS)))
    .addColumn('parent_code', 'text', (c) => c.references('jurisdiction.code'))
    .addColumn('path', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Subtree queries are `path LIKE '/320000/%'`: text_pattern_ops lets the index serve them.
  await sql`create index jurisdiction_path_prefix on jurisdiction (path text_pattern_ops)`.execute(
    db,
  );
  await db.schema
    .createIndex('jurisdiction_parent')
    .on('jurisdiction')
    .column('parent_code')
    .execute();

  await db.schema
    .createTable('jurisdiction_setting')
    .addColumn('jurisdiction_code', 'text', (c) =>
      c.notNull().references('jurisdiction.code').onDelete('cascade'),
    )
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid')
    .addPrimaryKeyConstraint('jurisdiction_setting_pk', ['jurisdiction_code', 'key'])
    .execute();

  await db.schema
    .createTable('agency')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('jurisdiction_code', 'text', (c) => c.notNull().references('jurisdiction.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('agency_jurisdiction')
    .on('agency')
    .column('jurisdiction_code')
    .execute();

  await db.schema
    .createTable('enterprise')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('credit_code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`credit_code ~ '^[0-9A-HJ-NP-RT-UW-Y]{18}$'`),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('industry', 'text', (c) => c.notNull().check(oneOf('industry', INDUSTRIES)))
    .addColumn('scale', 'text', (c) => c.notNull().check(oneOf('scale', ENTERPRISE_SCALES)))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('jurisdiction_code', 'text', (c) => c.notNull().references('jurisdiction.code'))
    .addColumn('supervising_agency_id', 'uuid', (c) => c.notNull().references('agency.id'))
    .addColumn('risk_level', 'text', (c) => c.check(oneOf('risk_level', RISK_COLOURS)))
    .addColumn('standardization_level', 'text', (c) =>
      c.check(oneOf('standardization_level', STANDARDIZATION_LEVELS)),
    )
    .addColumn('credit_status', 'text', (c) =>
      c.notNull().defaultTo('normal').check(oneOf('credit_status', CREDIT_STATUSES)),
    )
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // The registry lists a subtree ordered by name and pages with a (name, id) keyset.
  await db.schema
    .createIndex('enterprise_jurisdiction_name')
    .on('enterprise')
    .columns(['jurisdiction_code', 'name', 'id'])
    .execute();
  await db.schema.createIndex('enterprise_name').on('enterprise').columns(['name', 'id']).execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('phone', 'text', (c) => c.unique().check(sql`phone ~ '^1[3-9][0-9]{9}$'`))
    .addColumn('email', 'text', (c) => c.unique().check(sql`email = lower(email)`))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('app_user_login', sql`phone is not null or email is not null`)
    .execute();

  await db.schema
    .createTable('membership')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(oneOf('role', ROLES)))
    .addColumn('enterprise_id', 'uuid', (c) => c.references('enterprise.id'))
    .addColumn('agency_id', 'uuid', (c) => c.references('agency.id'))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // A membership belongs to exactly the kind of organisation its role needs.
    .addCheckConstraint(
      'membership_scope',
      sql`(role = 'platform_admin' and enterprise_id is null and agency_id is null)
       or (role in ('agency_admin', 'inspector') and agency_id is not null and enterprise_id is null)
       or (role in ('enterprise_admin', 'safety_manager', 'worker', 'congress_rep')
           and enterprise_id is not null and agency_id is null)`,
    )
    .execute();
  await db.schema.createIndex('membership_user').on('membership').column('user_id').execute();
  await db.schema
    .createIndex('membership_enterprise')
    .on('membership')
    .column('enterprise_id')
    .execute();
  await db.schema.createIndex('membership_agency').on('membership').column('agency_id').execute();

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('membership_id', 'uuid', (c) => c.references('membership.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_verified_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('session_user').on('session').column('user_id').execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'session',
    'membership',
    'app_user',
    'enterprise',
    'agency',
    'jurisdiction_setting',
    'jurisdiction',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

import { sql, type Kysely } from 'kysely';
import { SHIPPED_STANDARDS } from '../data/criteria/index.js';
import { CRITERIA_FIDELITIES, CRITERIA_HOLDINGS, CRITERIA_LINK_ORIGINS } from '../enums.js';

// 重大事故隐患判定标准 as versioned data, the check-item library, and the link of a hazard to the
// item version it was judged against (docs/domain-criteria.md). The shipped standards are loaded
// here, so every database — a fresh test database included — holds them.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
// Sent as text and cast: postgres.js would encode a string bound to jsonb a second time.
const jsonb = (value: unknown) => sql`${JSON.stringify(value)}::text::jsonb`;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('criteria_standard')
    .addColumn('code', 'text', (c) => c.primaryKey().check(sql`code ~ '^[a-z0-9][a-z0-9-]{1,39}$'`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('doc_number', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('jurisdiction_code', 'text', (c) => c.references('jurisdiction.code'))
    .addColumn('published_on', 'date')
    .addColumn('effective_from', 'date', (c) => c.notNull())
    .addColumn('retired_from', 'date')
    .addColumn('retired_reason', 'text')
    .addColumn('superseded_by', 'text', (c) => c.references('criteria_standard.code'))
    .addColumn('industries', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('holding', 'text', (c) => c.notNull().check(oneOf('holding', CRITERIA_HOLDINGS)))
    .addColumn('official_item_count', 'integer', (c) => c.check(sql`official_item_count >= 0`))
    .addColumn('confirmed', 'boolean', (c) => c.notNull())
    .addColumn('official_source', 'text')
    .addColumn('coverage', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // Retired from a day with a reason, or not retired at all.
    .addCheckConstraint(
      'criteria_standard_retired',
      sql`(retired_from is null) = (retired_reason is null)
        and (retired_from is null or retired_from > effective_from)
        and (superseded_by is null or retired_from is not null)`,
    )
    .execute();

  await db.schema
    .createTable('criteria_item')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('standard_code', 'text', (c) => c.notNull().references('criteria_standard.code'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull().check(sql`current_version >= 1`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index criteria_item_of on criteria_item (standard_code, sort_order)`.execute(db);

  await db.schema
    .createTable('criteria_item_version')
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('criteria_item.id'))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('number', 'text')
    .addColumn('number_confirmed', 'boolean', (c) => c.notNull())
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('industries', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('fidelity', 'text', (c) => c.notNull().check(oneOf('fidelity', CRITERIA_FIDELITIES)))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('keywords', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('change_reason', 'text')
    .addColumn('created_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('criteria_item_version_pk', ['item_id', 'version'])
    // An unnumbered item cannot claim a confirmed number; every later version says why it changed.
    .addCheckConstraint(
      'criteria_item_version_number',
      sql`(number is not null or not number_confirmed) and (version = 1 or change_reason is not null)`,
    )
    .execute();
  // Versions are history: what a hazard was judged against never changes under it.
  await sql`create function criteria_item_version_append_only() returns trigger language plpgsql as $$
    begin raise exception 'criteria_item_version is append-only'; end $$`.execute(db);
  await sql`create trigger criteria_item_version_append_only before update or delete on criteria_item_version
    for each row execute function criteria_item_version_append_only()`.execute(db);

  await db.schema
    .createTable('check_item')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('industries', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('archived_at', 'timestamptz')
    .addColumn('created_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('measure_check_item')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull().references('enterprise.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('measure_id', 'uuid', (c) => c.notNull())
    .addColumn('check_item_id', 'uuid', (c) => c.references('check_item.id'))
    .addColumn('criteria_item_id', 'uuid')
    .addColumn('criteria_item_version', 'integer')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('adopted_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('adopted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('measure_check_item_pk', ['enterprise_id', 'id'])
    .addForeignKeyConstraint(
      'measure_check_item_measure_fk',
      ['enterprise_id', 'measure_id'],
      'control_measure',
      ['enterprise_id', 'id'],
    )
    .addForeignKeyConstraint(
      'measure_check_item_criterion_fk',
      ['criteria_item_id', 'criteria_item_version'],
      'criteria_item_version',
      ['item_id', 'version'],
    )
    // Exactly one source: a check item, or a 判定 item version.
    .addCheckConstraint(
      'measure_check_item_source',
      sql`(check_item_id is null) <> (criteria_item_id is null)
        and (criteria_item_id is null) = (criteria_item_version is null)`,
    )
    .execute();
  // A measure adopts each library item once.
  await sql`create unique index measure_check_item_once on measure_check_item
    (enterprise_id, measure_id, coalesce(check_item_id, criteria_item_id))`.execute(db);

  await db.schema
    .alterTable('hazard')
    .addColumn('criteria_item_id', 'uuid')
    .addColumn('criteria_item_version', 'integer')
    .addColumn('criteria_origin', 'text', (c) =>
      c.check(oneOf('criteria_origin', CRITERIA_LINK_ORIGINS)),
    )
    .addColumn('criteria_dismissal', 'text')
    .execute();
  await sql`alter table hazard
    add constraint hazard_criterion_fk foreign key (criteria_item_id, criteria_item_version)
      references criteria_item_version (item_id, version),
    add constraint hazard_criterion_whole check (
      (criteria_item_id is null) = (criteria_item_version is null)
      and (criteria_item_id is null) = (criteria_origin is null)
      and (criteria_dismissal is null or criteria_item_id is not null))`.execute(db);
  // The regulator's view by 判定 item and the hazard filter read linked hazards only.
  await sql`create index hazard_criterion on hazard (criteria_item_id)
    where criteria_item_id is not null`.execute(db);

  // A regulator's 抽查事项 taken from the library remembers where it came from.
  await db.schema
    .alterTable('inspection_item')
    .addColumn('check_item_id', 'uuid', (c) => c.references('check_item.id'))
    .addColumn('criteria_item_id', 'uuid')
    .addColumn('criteria_item_version', 'integer')
    .execute();
  await sql`alter table inspection_item
    add constraint inspection_item_criterion_fk foreign key (criteria_item_id, criteria_item_version)
      references criteria_item_version (item_id, version)`.execute(db);

  await loadShippedStandards(db);
}

async function loadShippedStandards(db: AnyDb) {
  for (const [order, s] of SHIPPED_STANDARDS.entries()) {
    await db
      .insertInto('criteria_standard')
      .values({
        code: s.code,
        title: s.title,
        doc_number: s.docNumber,
        issuer: s.issuer,
        published_on: s.publishedOn,
        effective_from: s.effectiveFrom,
        industries: jsonb(s.industries),
        holding: s.holding,
        official_item_count: s.officialItemCount,
        confirmed: s.confirmed,
        official_source: s.officialSource,
        coverage: s.coverage,
        note: s.note,
        sort_order: order + 1,
      })
      .execute();
    for (const [index, item] of s.items.entries()) {
      const { id } = await db
        .insertInto('criteria_item')
        .values({ standard_code: s.code, sort_order: index + 1, current_version: 1 })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('criteria_item_version')
        .values({
          item_id: id,
          version: 1,
          number: item.number,
          number_confirmed: item.numberConfirmed,
          area: item.area,
          industries: jsonb(item.industries),
          text: item.text,
          fidelity: item.fidelity,
          source: item.source,
          note: item.note ?? null,
          keywords: jsonb(item.keywords ?? []),
        })
        .execute();
    }
  }
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('inspection_item')
    .dropConstraint('inspection_item_criterion_fk')
    .execute();
  await db.schema
    .alterTable('inspection_item')
    .dropColumn('check_item_id')
    .dropColumn('criteria_item_id')
    .dropColumn('criteria_item_version')
    .execute();
  await sql`drop index hazard_criterion`.execute(db);
  await sql`alter table hazard drop constraint hazard_criterion_fk,
    drop constraint hazard_criterion_whole`.execute(db);
  await db.schema
    .alterTable('hazard')
    .dropColumn('criteria_item_id')
    .dropColumn('criteria_item_version')
    .dropColumn('criteria_origin')
    .dropColumn('criteria_dismissal')
    .execute();
  await db.schema.dropTable('measure_check_item').execute();
  await db.schema.dropTable('check_item').execute();
  await db.schema.dropTable('criteria_item_version').execute();
  await sql`drop function criteria_item_version_append_only()`.execute(db);
  await db.schema.dropTable('criteria_item').execute();
  await db.schema.dropTable('criteria_standard').execute();
}

import { sql, type Kysely } from 'kysely';
import {
  BLACKLIST_STATES,
  CERTIFICATE_STATES,
  STANDARDIZATION_APPLICATION_STATES,
  STANDARDIZATION_LEVELS,
  SUPERVISION_STATES,
} from '../enums.js';

// The regulator console (docs/domain.md sections 2 and 4): 挂牌督办 of major hazards, 安全生产标准化
// applications and certificates, the 严重失信 blacklist, and the log of settings changes.
// Time-based moves (a certificate past its date, a listing past its 3 years) are applied by each
// module's sweep with the time supplied, so the enterprise's `standardization_level` and
// `credit_status` columns stay the one current value the registry, dashboard and draw read.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('jurisdiction_setting_change')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('jurisdiction_code', 'text', (c) => c.notNull().references('jurisdiction.code'))
    .addColumn('key', 'text', (c) => c.notNull())
    // null: no override before (inherited) / the override was removed.
    .addColumn('old_value', 'jsonb')
    .addColumn('new_value', 'jsonb')
    .addColumn('changed_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index jurisdiction_setting_change_at
    on jurisdiction_setting_change (jurisdiction_code, changed_at desc)`.execute(db);

  await db.schema
    .createTable('hazard_supervision')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('hazard_id', 'uuid', (c) => c.notNull())
    .addColumn('agency_id', 'uuid', (c) => c.notNull().references('agency.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('deadline', 'timestamptz', (c) => c.notNull())
    .addColumn('requirements', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(oneOf('state', SUPERVISION_STATES)))
    .addColumn('listed_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('listed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('unlisted_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('unlisted_at', 'timestamptz')
    .addColumn('unlist_note', 'text')
    .addPrimaryKeyConstraint('hazard_supervision_pk', ['enterprise_id', 'id'])
    .addForeignKeyConstraint(
      'hazard_supervision_hazard_fk',
      ['enterprise_id', 'hazard_id'],
      'hazard',
      ['enterprise_id', 'id'],
    )
    .addUniqueConstraint('hazard_supervision_number', ['agency_id', 'number'])
    .addCheckConstraint(
      'hazard_supervision_unlisted',
      sql`(state = 'unlisted') = (unlisted_at is not null)`,
    )
    .execute();
  // A hazard is under at most one supervision at a time.
  await sql`create unique index hazard_supervision_one_listed on hazard_supervision
    (enterprise_id, hazard_id) where state = 'listed'`.execute(db);
  await sql`create index hazard_supervision_agency on hazard_supervision
    (agency_id, listed_at desc)`.execute(db);

  await db.schema
    .createTable('standardization_application')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull().references('enterprise.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('level', 'text', (c) => c.notNull().check(oneOf('level', STANDARDIZATION_LEVELS)))
    .addColumn('self_score', 'numeric(5, 2)', (c) =>
      c.notNull().check(sql`self_score >= 0 and self_score <= 100`),
    )
    /** [{name, ref}] of uploads of the same enterprise. */
    .addColumn('materials', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('authority_agency_id', 'uuid', (c) => c.notNull().references('agency.id'))
    .addColumn('state', 'text', (c) =>
      c.notNull().check(oneOf('state', STANDARDIZATION_APPLICATION_STATES)),
    )
    .addColumn('submitted_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('reviewed_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('review_note', 'text')
    .addColumn('publicity_until', 'timestamptz')
    .addColumn('decided_at', 'timestamptz')
    .addPrimaryKeyConstraint('standardization_application_pk', ['enterprise_id', 'id'])
    .execute();
  await sql`create index standardization_application_authority on standardization_application
    (authority_agency_id, state, submitted_at desc)`.execute(db);

  await db.schema
    .createTable('standardization_certificate')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull().references('enterprise.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('application_id', 'uuid')
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('level', 'text', (c) => c.notNull().check(oneOf('level', STANDARDIZATION_LEVELS)))
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date', (c) => c.notNull())
    .addColumn('agency_id', 'uuid', (c) => c.notNull().references('agency.id'))
    .addColumn('granted_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // active until it expires (valid_to passed), is revoked, or is replaced by a downgrade.
    .addColumn('state', 'text', (c) => c.notNull().check(oneOf('state', CERTIFICATE_STATES)))
    .addColumn('ended_at', 'timestamptz')
    .addColumn('ended_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('end_reason', 'text')
    .addColumn('replaces_id', 'uuid')
    .addPrimaryKeyConstraint('standardization_certificate_pk', ['enterprise_id', 'id'])
    .addForeignKeyConstraint(
      'standardization_certificate_application_fk',
      ['enterprise_id', 'application_id'],
      'standardization_application',
      ['enterprise_id', 'id'],
    )
    .addCheckConstraint('standardization_certificate_period', sql`valid_to > valid_from`)
    .addCheckConstraint(
      'standardization_certificate_ended',
      sql`(state = 'active') = (ended_at is null)`,
    )
    .execute();
  // An enterprise holds at most one active certificate; dashboards read them by expiry date.
  await sql`create unique index standardization_certificate_one_active
    on standardization_certificate (enterprise_id) where state = 'active'`.execute(db);
  await sql`create index standardization_certificate_expiry
    on standardization_certificate (valid_to) where state = 'active'`.execute(db);

  await db.schema
    .createTable('blacklist_entry')
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull().references('enterprise.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    /** The agency that imposed the penalty and proposed the listing; it (or one above) moves it. */
    .addColumn('agency_id', 'uuid', (c) => c.notNull().references('agency.id'))
    .addColumn('state', 'text', (c) => c.notNull().check(oneOf('state', BLACKLIST_STATES)))
    .addColumn('penalty_decision_number', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('proposed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('notified_at', 'timestamptz')
    .addColumn('statement_due_at', 'timestamptz')
    .addColumn('statement', 'text')
    .addColumn('statement_at', 'timestamptz')
    .addColumn('decision_number', 'text')
    .addColumn('listed_at', 'timestamptz')
    .addColumn('listed_until', 'timestamptz')
    .addColumn('removed_at', 'timestamptz')
    .addColumn('removal_kind', 'text', (c) => c.check(sql`removal_kind in ('expired', 'early')`))
    .addPrimaryKeyConstraint('blacklist_entry_pk', ['enterprise_id', 'id'])
    .addCheckConstraint(
      'blacklist_entry_listed',
      sql`state not in ('listed', 'removed') or (decision_number is not null
        and listed_at is not null and listed_until is not null)`,
    )
    .execute();
  // One live procedure per enterprise (proposed, notified or listed).
  await sql`create unique index blacklist_entry_one_live on blacklist_entry (enterprise_id)
    where state in ('proposed', 'notified', 'listed')`.execute(db);
  await sql`create index blacklist_entry_listed_until on blacklist_entry (listed_until)
    where state = 'listed'`.execute(db);

  // Every move of a blacklist entry, for its history and the audit (who, when, from → to).
  await db.schema
    .createTable('blacklist_event')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('enterprise_id', 'uuid', (c) => c.notNull())
    .addColumn('entry_id', 'uuid', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('note', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint(
      'blacklist_event_entry_fk',
      ['enterprise_id', 'entry_id'],
      'blacklist_entry',
      ['enterprise_id', 'id'],
    )
    .execute();
  await sql`create index blacklist_event_entry on blacklist_event (enterprise_id, entry_id, at)`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'blacklist_event',
    'blacklist_entry',
    'standardization_certificate',
    'standardization_application',
    'hazard_supervision',
    'jurisdiction_setting_change',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

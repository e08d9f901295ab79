import { sql, type Kysely } from 'kysely';

// Listing an enterprise as 严重失信 puts its valid 标准化 certificate to the certifying agency as a
// revocation to decide (docs/domain.md section 4: listing is a reason to revoke). One review per
// certificate and listing; it stays pending until the agency revokes, downgrades or keeps the
// certificate, or the certificate ends otherwise.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function up(db: AnyDb): Promise<void> {
  await sql`create table certificate_review (
    enterprise_id uuid not null references enterprise (id),
    id uuid not null default gen_random_uuid(),
    certificate_id uuid not null,
    blacklist_entry_id uuid not null,
    reason text not null,
    opened_at timestamptz not null,
    decision text check (decision in ('revoked', 'downgraded', 'kept', 'ended')),
    decided_by uuid references app_user (id),
    decided_at timestamptz,
    note text,
    primary key (enterprise_id, id),
    foreign key (enterprise_id, certificate_id)
      references standardization_certificate (enterprise_id, id),
    foreign key (enterprise_id, blacklist_entry_id) references blacklist_entry (enterprise_id, id),
    unique (enterprise_id, certificate_id, blacklist_entry_id),
    check ((decision is null) = (decided_at is null)))`.execute(db);
  // The agencies' to-do lists and the public query read the pending ones.
  await sql`create index certificate_review_pending on certificate_review (enterprise_id)
    where decision is null`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop table certificate_review`.execute(db);
}

import { sql, type Kysely } from 'kysely';

// The offline worker app's sync (docs/architecture.md "Offline sync"): a write sent again with
// the same Idempotency-Key answers what the first one answered, and a check record keeps the time
// it was made on the device and whether it arrived after its window had closed.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function up(db: AnyDb): Promise<void> {
  await sql`create table idempotency_key (
    enterprise_id uuid not null references enterprise (id),
    user_id uuid not null references app_user (id),
    key text not null check (length(key) between 1 and 200),
    fingerprint text not null,
    status integer not null,
    response jsonb not null,
    created_at timestamptz not null default now(),
    constraint idempotency_key_pk primary key (enterprise_id, user_id, key)
  )`.execute(db);
  // The sweep removes keys past their 30 days.
  await sql`create index idempotency_key_created on idempotency_key (created_at)`.execute(db);

  await sql`alter table check_record
    add column device_recorded_at timestamptz,
    add column late boolean not null default false`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`alter table check_record drop column late, drop column device_recorded_at`.execute(db);
  await sql`drop table idempotency_key`.execute(db);
}

import { sql, type Kysely } from 'kysely';
import {
  CHANNEL_KINDS,
  DELIVERY_CHANNELS,
  DELIVERY_STATES,
  NOTIFICATION_KINDS,
  PERSONAL_CHANNELS,
} from '../enums.js';

// Reminders pushed to e-mail, 企业微信 / 钉钉 group robots and integrators' webhooks
// (docs/architecture.md "Reminders"): the outbox written with each change, the channels and
// preferences, the deliveries the worker makes of the outbox, and the log of every attempt.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export async function up(db: AnyDb): Promise<void> {
  await sql`create table notification_outbox (
    enterprise_id uuid not null references enterprise (id),
    id uuid not null default gen_random_uuid(),
    kind text not null check (kind in (${list(NOTIFICATION_KINDS)})),
    subject_type text not null,
    subject_id uuid not null,
    dedupe_key text not null,
    payload jsonb not null,
    occurred_at timestamptz not null default now(),
    fanned_out_at timestamptz,
    constraint notification_outbox_pk primary key (enterprise_id, id),
    constraint notification_outbox_dedupe unique (enterprise_id, dedupe_key)
  )`.execute(db);
  // The worker's queue: only the rows not yet fanned out.
  await sql`create index notification_outbox_queue on notification_outbox (occurred_at)
    where fanned_out_at is null`.execute(db);

  await sql`create table notification_channel (
    id uuid primary key default gen_random_uuid(),
    enterprise_id uuid references enterprise (id),
    agency_id uuid references agency (id),
    kind text not null check (kind in (${list(CHANNEL_KINDS)})),
    name text not null,
    url_encrypted text not null,
    secret_encrypted text,
    url_preview text not null,
    kinds text[] not null,
    enabled boolean not null default true,
    created_by uuid not null references app_user (id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    archived_at timestamptz,
    constraint notification_channel_owner check ((enterprise_id is null) <> (agency_id is null)),
    constraint notification_channel_kinds check (kinds <@ array[${list(NOTIFICATION_KINDS)}]::text[])
  )`.execute(db);
  await sql`create index notification_channel_enterprise on notification_channel (enterprise_id)
    where enterprise_id is not null`.execute(db);
  await sql`create index notification_channel_agency on notification_channel (agency_id)
    where agency_id is not null`.execute(db);
  // A person's 企业微信 / 钉钉 @ goes to their organisation's robot of that kind: one at a time.
  await sql`create unique index notification_channel_one_robot on notification_channel
    (coalesce(enterprise_id, agency_id), kind) where archived_at is null and kind <> 'webhook'`.execute(
    db,
  );

  await sql`create table notification_preference (
    user_id uuid primary key references app_user (id),
    email text,
    muted_kinds text[] not null default '{}',
    channels text[] not null,
    quiet_start integer check (quiet_start between 0 and 1439),
    quiet_end integer check (quiet_end between 0 and 1439),
    digest_hour integer check (digest_hour between 0 and 23),
    updated_at timestamptz not null default now(),
    constraint notification_preference_channels check (channels <@ array[${list(PERSONAL_CHANNELS)}]::text[]),
    constraint notification_preference_quiet check ((quiet_start is null) = (quiet_end is null))
  )`.execute(db);

  await sql`create table notification_delivery (
    id uuid primary key default gen_random_uuid(),
    enterprise_id uuid references enterprise (id),
    agency_id uuid references agency (id),
    event_enterprise_id uuid,
    outbox_id uuid,
    kind text not null check (kind in (${list(NOTIFICATION_KINDS)}, 'digest')),
    channel text not null check (channel in (${list(DELIVERY_CHANNELS)})),
    channel_id uuid references notification_channel (id),
    recipient_user_id uuid references app_user (id),
    content jsonb not null,
    state text not null check (state in (${list(DELIVERY_STATES)})),
    attempts integer not null default 0,
    next_attempt_at timestamptz not null,
    locked_until timestamptz,
    last_error text,
    delivered_at timestamptz,
    -- The log is pruned after 180 days (deliveries.sweep.ts): a newer row that pointed at a
    -- pruned one keeps its own record.
    digest_id uuid references notification_delivery (id) on delete set null,
    resend_of uuid references notification_delivery (id) on delete set null,
    -- Milliseconds, as JavaScript dates hold them, so a keyset cursor compares equal to its row.
    created_at timestamptz not null default date_trunc('milliseconds', now()),
    constraint notification_delivery_owner check ((enterprise_id is null) <> (agency_id is null)),
    constraint notification_delivery_event foreign key (event_enterprise_id, outbox_id)
      references notification_outbox (enterprise_id, id),
    constraint notification_delivery_target check (
      (channel = 'webhook') = (recipient_user_id is null) and
      (channel = 'email') = (channel_id is null))
  )`.execute(db);
  // The worker claims due rows; the log pages each owner's newest first.
  await sql`create index notification_delivery_due on notification_delivery (next_attempt_at)
    where state in ('pending', 'sending', 'held')`.execute(db);
  await sql`create index notification_delivery_enterprise on notification_delivery
    (enterprise_id, created_at desc, id desc) where enterprise_id is not null`.execute(db);
  await sql`create index notification_delivery_agency on notification_delivery
    (agency_id, created_at desc, id desc) where agency_id is not null`.execute(db);
  await sql`create index notification_delivery_outbox on notification_delivery
    (event_enterprise_id, outbox_id) where outbox_id is not null`.execute(db);

  await sql`create table notification_attempt (
    delivery_id uuid not null references notification_delivery (id) on delete cascade,
    attempt integer not null,
    at timestamptz not null,
    ok boolean not null,
    status_code integer,
    error text,
    duration_ms integer not null,
    constraint notification_attempt_pk primary key (delivery_id, attempt)
  )`.execute(db);

  // Reminders of the calendar are produced for (covered_until, now]; a fresh database starts now.
  await sql`create table notification_schedule (
    name text primary key,
    covered_until timestamptz not null
  )`.execute(db);
  await sql`insert into notification_schedule (name, covered_until) values ('reminders', now())`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'notification_schedule',
    'notification_attempt',
    'notification_delivery',
    'notification_preference',
    'notification_channel',
    'notification_outbox',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}

import type {
  DeliveryChannel,
  DeliveryState,
  Executor,
  NewNotificationDelivery,
  NotificationKind,
} from '@shuangfang/db';
import { sql } from 'kysely';

// The SQL of the delivery worker and of the delivery log. Every claim takes its rows with
// FOR UPDATE SKIP LOCKED, so processes running the worker side by side take different rows.

/** Events not yet fanned out, oldest first, locked for this transaction. */
export function claimOutbox(db: Executor, limit: number) {
  return db
    .selectFrom('notification_outbox')
    .selectAll()
    .where('fanned_out_at', 'is', null)
    .orderBy('occurred_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function markFannedOut(
  db: Executor,
  rows: { enterprise_id: string; id: string }[],
  at: Date,
) {
  for (const enterpriseId of new Set(rows.map((r) => r.enterprise_id))) {
    await db
      .updateTable('notification_outbox')
      .set({ fanned_out_at: at })
      .where('enterprise_id', '=', enterpriseId)
      .where(
        'id',
        'in',
        rows.filter((r) => r.enterprise_id === enterpriseId).map((r) => r.id),
      )
      .execute();
  }
}

/** Active people acting in these enterprises and agencies, with how to reach them. */
export function membersOf(db: Executor, enterpriseIds: string[], agencyIds: string[]) {
  if (enterpriseIds.length === 0 && agencyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select([
      'm.user_id',
      'm.role',
      'm.enterprise_id',
      'm.agency_id',
      'u.display_name',
      'u.email',
      'u.phone',
    ])
    .where('m.active', '=', true)
    .where('u.active', '=', true)
    .where((eb) =>
      eb.or([
        ...(enterpriseIds.length > 0 ? [eb('m.enterprise_id', 'in', enterpriseIds)] : []),
        ...(agencyIds.length > 0 ? [eb('m.agency_id', 'in', agencyIds)] : []),
      ]),
    )
    .orderBy('m.created_at')
    .execute();
}
export type Member = Awaited<ReturnType<typeof membersOf>>[number];

export function preferencesOf(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('notification_preference')
    .selectAll()
    .where('user_id', 'in', userIds)
    .execute();
}

/** Enabled, current channels of these organisations. */
export function channelsOf(db: Executor, enterpriseIds: string[], agencyIds: string[]) {
  if (enterpriseIds.length === 0 && agencyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('notification_channel')
    .select(['id', 'enterprise_id', 'agency_id', 'kind', 'kinds'])
    .where('enabled', '=', true)
    .where('archived_at', 'is', null)
    .where((eb) =>
      eb.or([
        ...(enterpriseIds.length > 0 ? [eb('enterprise_id', 'in', enterpriseIds)] : []),
        ...(agencyIds.length > 0 ? [eb('agency_id', 'in', agencyIds)] : []),
      ]),
    )
    .orderBy('created_at')
    .execute();
}
export type ChannelRef = Awaited<ReturnType<typeof channelsOf>>[number];

export async function insertDeliveries(db: Executor, rows: NewNotificationDelivery[]) {
  const BATCH = 500;
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insertInto('notification_delivery')
      .values(rows.slice(i, i + BATCH))
      .execute();
  }
}

/** Held deliveries whose digest time has come, locked for this transaction. */
export function claimHeld(db: Executor, now: Date, limit: number) {
  return db
    .selectFrom('notification_delivery')
    .selectAll()
    .where('state', '=', 'held')
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function insertDigest(db: Executor, row: NewNotificationDelivery) {
  const { id } = await db
    .insertInto('notification_delivery')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function markDigested(db: Executor, ids: string[], digestId: string) {
  await db
    .updateTable('notification_delivery')
    .set({ state: 'digested', digest_id: digestId })
    .where('id', 'in', ids)
    .execute();
}

/**
 * Claims due deliveries (and ones whose claim expired: their worker died mid-send) for `leaseMs`,
 * with what sending needs: the recipient's address and the channel's sealed URL and secret.
 */
export async function claimDue(db: Executor, now: Date, leaseMs: number, limit: number) {
  const due = db
    .selectFrom('notification_delivery')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('state', '=', 'sending'), eb('locked_until', '<', now)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .limit(limit)
    .forUpdate()
    .skipLocked();
  const claimed = await db
    .updateTable('notification_delivery')
    .set({ state: 'sending', locked_until: new Date(now.getTime() + leaseMs) })
    .where('id', 'in', due)
    .returning(['id'])
    .execute();
  if (claimed.length === 0) return [];
  return db
    .selectFrom('notification_delivery as d')
    .leftJoin('app_user as u', 'u.id', 'd.recipient_user_id')
    .leftJoin('notification_preference as p', 'p.user_id', 'd.recipient_user_id')
    .leftJoin('notification_channel as c', 'c.id', 'd.channel_id')
    .select([
      'd.id',
      'd.outbox_id',
      'd.kind',
      'd.channel',
      'd.channel_id',
      'd.content',
      'd.attempts',
      'u.display_name as recipient_name',
      sql<string | null>`coalesce(p.email, u.email)`.as('recipient_email'),
      'u.phone as recipient_phone',
      'c.url_encrypted',
      'c.secret_encrypted',
      sql<boolean>`coalesce(c.enabled and c.archived_at is null, false)`.as('channel_usable'),
    ])
    .where(
      'd.id',
      'in',
      claimed.map((c) => c.id),
    )
    .orderBy('d.next_attempt_at')
    .execute();
}
export type ClaimedDelivery = Awaited<ReturnType<typeof claimDue>>[number];

/** Records one attempt and where the delivery stands after it. */
export async function finishAttempt(
  db: Executor,
  id: string,
  at: Date,
  attempt: { ok: boolean; statusCode: number | null; error: string | null; durationMs: number },
  next: { state: DeliveryState; nextAttemptAt: Date },
) {
  const row = await db
    .updateTable('notification_delivery')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      state: next.state,
      next_attempt_at: next.nextAttemptAt,
      locked_until: null,
      last_error: attempt.error,
      delivered_at: attempt.ok ? at : null,
    }))
    .where('id', '=', id)
    .where('state', '=', 'sending')
    .returning('attempts')
    .executeTakeFirst();
  // Another worker reclaimed it after this one's lease ran out: its own attempt will be logged.
  if (!row) return;
  await db
    .insertInto('notification_attempt')
    .values({
      delivery_id: id,
      attempt: row.attempts,
      at,
      ok: attempt.ok,
      status_code: attempt.statusCode,
      error: attempt.error,
      duration_ms: Math.round(attempt.durationMs),
    })
    .execute();
}

// ── the delivery log ─────────────────────────────────────────────────────────────────────

export type Owner = { enterpriseId: string } | { agencyId: string };

const ownedBy = (owner: Owner) =>
  'enterpriseId' in owner
    ? (['d.enterprise_id', owner.enterpriseId] as const)
    : (['d.agency_id', owner.agencyId] as const);

function logRows(db: Executor, owner: Owner) {
  const [column, value] = ownedBy(owner);
  return db
    .selectFrom('notification_delivery as d')
    .leftJoin('app_user as u', 'u.id', 'd.recipient_user_id')
    .leftJoin('notification_channel as c', 'c.id', 'd.channel_id')
    .select([
      'd.id',
      'd.kind',
      'd.channel',
      'd.channel_id',
      'c.name as channel_name',
      'd.recipient_user_id',
      'u.display_name as recipient_name',
      'd.content',
      'd.state',
      'd.attempts',
      'd.next_attempt_at',
      'd.last_error',
      'd.delivered_at',
      'd.digest_id',
      'd.resend_of',
      'd.created_at',
    ])
    .where(column, '=', value);
}

export interface LogFilter {
  state?: DeliveryState;
  channel?: DeliveryChannel;
  kind?: NotificationKind | 'digest';
}

export function listLog(
  db: Executor,
  owner: Owner,
  f: LogFilter,
  limit: number,
  after?: [Date, string],
) {
  return logRows(db, owner)
    .$if(f.state !== undefined, (q) => q.where('d.state', '=', f.state!))
    .$if(f.channel !== undefined, (q) => q.where('d.channel', '=', f.channel!))
    .$if(f.kind !== undefined, (q) => q.where('d.kind', '=', f.kind!))
    .$if(after !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('d.created_at', '<', after![0]),
          eb.and([eb('d.created_at', '=', after![0]), eb('d.id', '<', after![1])]),
        ]),
      ),
    )
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(limit + 1)
    .execute();
}
export type LogRow = Awaited<ReturnType<typeof listLog>>[number];

export function findLogRow(db: Executor, owner: Owner, id: string) {
  return logRows(db, owner).where('d.id', '=', id).executeTakeFirst();
}

export function attemptsOf(db: Executor, deliveryId: string) {
  return db
    .selectFrom('notification_attempt')
    .selectAll()
    .where('delivery_id', '=', deliveryId)
    .orderBy('attempt')
    .execute();
}

/** A copy of a delivery, due now, that records what it re-sends. */
export async function insertResend(db: Executor, id: string, now: Date) {
  const { id: copy } = await db
    .insertInto('notification_delivery')
    .columns([
      'enterprise_id',
      'agency_id',
      'event_enterprise_id',
      'outbox_id',
      'kind',
      'channel',
      'channel_id',
      'recipient_user_id',
      'content',
      'state',
      'next_attempt_at',
      'resend_of',
      'created_at',
    ])
    .expression((eb) =>
      eb
        .selectFrom('notification_delivery')
        .select([
          'enterprise_id',
          'agency_id',
          'event_enterprise_id',
          'outbox_id',
          'kind',
          'channel',
          'channel_id',
          'recipient_user_id',
          'content',
          sql.lit('pending').as('state'),
          sql<Date>`${now}::timestamptz`.as('next_attempt_at'),
          'id',
          sql<Date>`${now}::timestamptz`.as('created_at'),
        ])
        .where('id', '=', id),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return copy;
}

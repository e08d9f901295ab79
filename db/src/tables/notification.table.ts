import type { Generated, Insertable, Selectable } from 'kysely';
import type {
  ChannelKind,
  DeliveryChannel,
  DeliveryState,
  NotificationKind,
  PersonalChannel,
} from '../enums.js';

// Reminders pushed out of the app (migration 2026_12_07_1100, docs/architecture.md "Reminders").
// The outbox is written in the transaction of the change (or by the calendar's sweep) and is
// owned by the enterprise the event is about. Channels and deliveries belong to the organisation
// that receives them — an enterprise or an agency — and so, like `membership`, carry both columns
// with exactly one set; every query filters on the owner taken from the session.

/** One event that deserves a reminder; fanned out into deliveries by the delivery worker. */
export interface NotificationOutboxTable {
  enterprise_id: string;
  id: Generated<string>;
  kind: NotificationKind;
  /** What the event is about (a hazard, a report, a measure…), for links and the webhook body. */
  subject_type: string;
  subject_id: string;
  /** Natural key: the same event written twice (two sweeps, a retried change) is one row. */
  dedupe_key: string;
  /** What the messages say, captured when the event happened. */
  payload: Record<string, unknown>;
  occurred_at: Generated<Date>;
  /** Set once its deliveries exist; null rows are the worker's queue. */
  fanned_out_at: Date | null;
}
export type NotificationOutboxRow = Selectable<NotificationOutboxTable>;
export type NewNotificationOutbox = Insertable<NotificationOutboxTable>;

/** A group robot or an integrator's webhook of an enterprise or an agency. */
export interface NotificationChannelTable {
  id: Generated<string>;
  enterprise_id: string | null;
  agency_id: string | null;
  kind: ChannelKind;
  name: string;
  /** The URL (a robot's carries its access key) and the signing secret, AES-256-GCM encrypted. */
  url_encrypted: string;
  secret_encrypted: string | null;
  /** The URL with its query values masked, shown instead of the URL. */
  url_preview: string;
  /** The kinds this channel carries. */
  kinds: NotificationKind[];
  enabled: boolean;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  archived_at: Date | null;
}
export type NotificationChannelRow = Selectable<NotificationChannelTable>;

/** A person's choices; no row means the defaults (every kind, every channel, no quiet hours). */
export interface NotificationPreferenceTable {
  user_id: string;
  /**
   * Where reminder e-mails go; null: the account's e-mail. Kept apart from the account's, which is
   * also a login name and is not changed without the password.
   */
  email: string | null;
  /** Kinds the person turned off; kinds added later start on. */
  muted_kinds: NotificationKind[];
  channels: PersonalChannel[];
  /** China time, minutes after midnight; both null or both set; start > end wraps midnight. */
  quiet_start: number | null;
  quiet_end: number | null;
  /** One message a day at this China-time hour instead of one per event; null: off. */
  digest_hour: number | null;
  updated_at: Generated<Date>;
}
export type NotificationPreferenceRow = Selectable<NotificationPreferenceTable>;

/** One message to one recipient (or one webhook) on one channel, and where it stands. */
export interface NotificationDeliveryTable {
  id: Generated<string>;
  /** The receiving organisation: exactly one of the two. */
  enterprise_id: string | null;
  agency_id: string | null;
  /** The event (null for a digest, which lists the deliveries it gathered). */
  event_enterprise_id: string | null;
  outbox_id: string | null;
  kind: NotificationKind | 'digest';
  channel: DeliveryChannel;
  /** The robot or webhook; null for e-mail. */
  channel_id: string | null;
  /** The person; null for a webhook, whose body lists the recipients. */
  recipient_user_id: string | null;
  /** Title, text and link as rendered for this recipient (a digest: its items). */
  content: Record<string, unknown>;
  state: DeliveryState;
  attempts: Generated<number>;
  next_attempt_at: Date;
  /** While `sending`: the claim expires then, so a worker that died does not hold it forever. */
  locked_until: Date | null;
  last_error: string | null;
  delivered_at: Date | null;
  /** The digest delivery that carried this held one. */
  digest_id: string | null;
  /** A re-send from the log copies the delivery it re-sends. */
  resend_of: string | null;
  created_at: Generated<Date>;
}
export type NotificationDeliveryRow = Selectable<NotificationDeliveryTable>;
export type NewNotificationDelivery = Insertable<NotificationDeliveryTable>;

/** One try of a delivery: the delivery log an admin reads. */
export interface NotificationAttemptTable {
  delivery_id: string;
  attempt: number;
  at: Date;
  ok: boolean;
  /** The HTTP status (webhooks, robots) or SMTP reply code. */
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}
export type NotificationAttemptRow = Selectable<NotificationAttemptTable>;

/** How far the calendar's reminders have been produced (one row per producer). */
export interface NotificationScheduleTable {
  name: string;
  covered_until: Date;
}

import type { Executor, NotificationKind, Role } from '@shuangfang/db';
import * as repo from './outbox.repository.js';

// The outbox (docs/architecture.md "Reminders"). A change that deserves a reminder writes its
// event here in its own transaction, so the reminder exists exactly when the change does: a
// rolled-back change leaves none, a committed one is delivered even if the process dies right
// after. Sending is the delivery worker's job, never the request's.

/** Whom an event concerns, resolved to active accounts when the worker fans it out. */
export interface Audience {
  /** These people, as members of the event's enterprise. */
  users?: string[];
  /** The event enterprise's members acting in these roles. */
  enterpriseRoles?: Role[];
  /** The members of these agencies acting in these roles. */
  agencies?: { agencyId: string; roles: Role[] }[];
}

export type SubjectType = 'hazard' | 'report' | 'measure' | 'tipoff' | 'certificate';

export interface OutboxEvent {
  enterpriseId: string;
  kind: NotificationKind;
  subject: { type: SubjectType; id: string };
  /** The event's natural key: written twice, it is one event. */
  dedupeKey: string;
  title: string;
  /** Details, one per line, as people read them (times in China time). */
  lines: string[];
  audience: Audience;
  /** Fields for integrators (the webhook body's `data`). */
  data?: Record<string, unknown>;
  occurredAt?: Date;
}

export interface OutboxPayload {
  title: string;
  lines: string[];
  audience: Audience;
  data: Record<string, unknown>;
  enterpriseName: string;
}

/** Writes the event in the caller's transaction; a second write of the same key is ignored. */
export async function emit(trx: Executor, e: OutboxEvent): Promise<void> {
  await repo.insertEvent(trx, e);
}

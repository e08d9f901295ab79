import type { Generated, Selectable } from 'kysely';

/**
 * The first answer to a write sent with an `Idempotency-Key` (migration 2026_12_07_1000): a retry
 * with the same key, by the same user in the same enterprise, gets this answer again instead of
 * writing a second record. Kept 30 days (the idempotency sweep).
 */
export interface IdempotencyKeyTable {
  enterprise_id: string;
  user_id: string;
  key: string;
  /** SHA-256 of the route and the request it answered; the same key with another request is refused. */
  fingerprint: string;
  status: number;
  response: unknown;
  created_at: Generated<Date>;
}
export type IdempotencyKeyRow = Selectable<IdempotencyKeyTable>;

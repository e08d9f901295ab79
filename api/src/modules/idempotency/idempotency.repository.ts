import type { Executor } from '@shuangfang/db';

export interface KeyRef {
  enterpriseId: string;
  userId: string;
  key: string;
}

export function findKey(db: Executor, k: KeyRef) {
  return db
    .selectFrom('idempotency_key')
    .select(['fingerprint', 'status', 'response'])
    .where('enterprise_id', '=', k.enterpriseId)
    .where('user_id', '=', k.userId)
    .where('key', '=', k.key)
    .executeTakeFirst();
}

/** Records the answer; false when another request holding the same key has already done so. */
export async function insertKey(
  db: Executor,
  k: KeyRef,
  row: { fingerprint: string; status: number; response: unknown },
): Promise<boolean> {
  const inserted = await db
    .insertInto('idempotency_key')
    .values({
      enterprise_id: k.enterpriseId,
      user_id: k.userId,
      key: k.key,
      fingerprint: row.fingerprint,
      status: row.status,
      // The driver encodes jsonb parameters itself: the answer goes in as the value it is.
      response: row.response,
    })
    .onConflict((oc) => oc.columns(['enterprise_id', 'user_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function deleteKeysBefore(db: Executor, before: Date) {
  await db.deleteFrom('idempotency_key').where('created_at', '<', before).execute();
}

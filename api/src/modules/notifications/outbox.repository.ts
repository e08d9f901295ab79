import type { Executor } from '@shuangfang/db';
import { sql } from 'kysely';
import type { OutboxEvent } from './outbox.js';

/** One event, with the enterprise's name as it is now (messages name it). */
export async function insertEvent(db: Executor, e: OutboxEvent) {
  await db
    .insertInto('notification_outbox')
    .values({
      enterprise_id: e.enterpriseId,
      kind: e.kind,
      subject_type: e.subject.type,
      subject_id: e.subject.id,
      dedupe_key: e.dedupeKey,
      payload: sql<Record<string, unknown>>`jsonb_build_object(
        'title', ${e.title}::text,
        'lines', ${JSON.stringify(e.lines)}::jsonb,
        'audience', ${JSON.stringify(e.audience)}::jsonb,
        'data', ${JSON.stringify(e.data ?? {})}::jsonb,
        'enterpriseName', (select name from enterprise where id = ${e.enterpriseId}))`,
      ...(e.occurredAt ? { occurred_at: e.occurredAt } : {}),
    })
    .onConflict((oc) => oc.columns(['enterprise_id', 'dedupe_key']).doNothing())
    .execute();
}

import type { Executor } from '@shuangfang/db';
import { sql } from 'kysely';
import type { OutboxEvent } from './outbox.js';

/**
 * One event, with the enterprise's name as it is now (messages name it). The JSON parts go in as
 * text cast to jsonb: a jsonb parameter would be encoded by the driver a second time.
 */
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
        'lines', ${JSON.stringify(e.lines)}::text::jsonb,
        'audience', ${JSON.stringify(e.audience)}::text::jsonb,
        'data', ${JSON.stringify(e.data ?? {})}::text::jsonb,
        'enterpriseName', (select name from enterprise where id = ${e.enterpriseId}))`,
      ...(e.occurredAt ? { occurred_at: e.occurredAt } : {}),
    })
    .onConflict((oc) => oc.columns(['enterprise_id', 'dedupe_key']).doNothing())
    .execute();
}

import type { Db } from '@shuangfang/db';
import { sql } from 'kysely';

// The delivery log and the outbox are kept 180 days: long enough to answer "was I told?" about
// any deadline of the last half-year, short enough that hourly check reminders do not pile up for
// ever. Only finished deliveries go (their attempts with them); an event goes once none of its
// deliveries is left.

const KEEP_DAYS = 180;

export async function sweepDeliveryHistory(db: Db, now: Date): Promise<void> {
  const before = new Date(now.getTime() - KEEP_DAYS * 86_400_000);
  await db
    .deleteFrom('notification_delivery')
    .where('state', 'in', ['delivered', 'failed', 'digested'])
    .where('created_at', '<', before)
    .execute();
  await db
    .deleteFrom('notification_outbox as o')
    .where('o.fanned_out_at', '<', before)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('notification_delivery as d')
            .select(sql.lit(1).as('one'))
            .whereRef('d.event_enterprise_id', '=', 'o.enterprise_id')
            .whereRef('d.outbox_id', '=', 'o.id'),
        ),
      ),
    )
    .execute();
}

import type { z } from '@hono/zod-openapi';
import type { Db } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { conflict, notFound } from '../../lib/errors.js';
import { decodeTimeCursor, toPage } from '../../lib/pagination.js';
import { ownerOf } from '../notification-channels/channels.access.js';
import { deliveryDetailDto, deliveryDto } from './deliveries.dto.js';
import * as repo from './deliveries.repository.js';
import type { DeliveryQuery } from './deliveries.schemas.js';

// The delivery log (docs/architecture.md "Reminders"): an organisation's admin reads every
// message sent to its people and its channels, each attempt's status, time and error, and sends
// one again. The organisation is the session's; another's deliveries are not found (404).

export async function list(db: Db, who: Who, q: z.infer<typeof DeliveryQuery>) {
  const rows = await repo.listLog(
    db,
    ownerOf(who),
    { state: q.state, channel: q.channel, kind: q.kind },
    q.limit,
    decodeTimeCursor(q.cursor),
  );
  const page = toPage(rows, q.limit, (d) => [new Date(d.created_at).toISOString(), d.id]);
  return { items: page.items.map(deliveryDto), nextCursor: page.nextCursor };
}

export async function getOne(db: Db, who: Who, id: string) {
  const row = await repo.findLogRow(db, ownerOf(who), id);
  if (!row) throw notFound('发送记录');
  return deliveryDetailDto(row, await repo.attemptsOf(db, row.id));
}

/** Sends a delivered or failed message again, as a new delivery that says what it re-sends. */
export async function resend(db: Db, who: Who, id: string, now = new Date()) {
  const owner = ownerOf(who);
  const copy = await db.transaction().execute(async (trx) => {
    const row = await repo.findLogRow(trx, owner, id);
    if (!row) throw notFound('发送记录');
    if (row.state !== 'delivered' && row.state !== 'failed') {
      throw conflict('只有已送达或失败的记录可以重新发送');
    }
    return repo.insertResend(trx, row.id, now);
  });
  const row = await repo.findLogRow(db, owner, copy);
  return deliveryDetailDto(row!, []);
}

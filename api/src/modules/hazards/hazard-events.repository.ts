import { randomUUID } from 'node:crypto';
import type { Executor, HazardEventRow } from '@shuangfang/db';
import { eventHash, GENESIS_HASH, type ChainEvent } from './hazard-chain.js';

// The enterprise's event chain. Appending reads the chain head under a row lock, so two
// transactions of one enterprise append one after the other: the chain stays linear, its seq has
// no gaps, and each event's prev_hash is the hash of the event committed just before it.

/** The chain head of the enterprise, created on first use, locked until the transaction ends. */
async function lockHead(db: Executor, enterpriseId: string) {
  await db
    .insertInto('hazard_chain_head')
    .values({ enterprise_id: enterpriseId, last_seq: 0, last_hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('enterprise_id').doNothing())
    .execute();
  return db
    .selectFrom('hazard_chain_head')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export type EventInput = Omit<ChainEvent, 'seq' | 'id' | 'prevHash' | 'at'>;

/**
 * Appends one event at the end of the enterprise's chain; returns its time. `at` is for the demo
 * history only, which replays past events in time order; the API always records the present.
 */
export async function appendEvent(db: Executor, input: EventInput, at?: Date): Promise<Date> {
  const head = await lockHead(db, input.enterpriseId);
  // Taken after the lock, so that times follow the chain's order.
  const event: ChainEvent = {
    ...input,
    id: randomUUID(),
    seq: head.last_seq + 1,
    at: at ?? new Date(),
    prevHash: head.last_hash,
  };
  const hash = eventHash(event);
  await db
    .insertInto('hazard_event')
    .values({
      enterprise_id: event.enterpriseId,
      id: event.id,
      seq: event.seq,
      hazard_id: event.hazardId,
      actor_id: event.actorId,
      actor_name: event.actorName,
      at: event.at,
      action: event.action,
      from_state: event.fromState,
      to_state: event.toState,
      comment: event.comment,
      attachments: event.attachments,
      payload: event.payload,
      prev_hash: event.prevHash,
      hash,
    })
    .execute();
  await db
    .updateTable('hazard_chain_head')
    .set({ last_seq: event.seq, last_hash: hash, last_event_id: event.id })
    .where('enterprise_id', '=', event.enterpriseId)
    .execute();
  return event.at;
}

export function listHazardEvents(db: Executor, enterpriseId: string, hazardId: string) {
  return db
    .selectFrom('hazard_event')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('hazard_id', '=', hazardId)
    .orderBy('seq')
    .execute();
}

/** Up to `limit` events of the enterprise after `afterSeq`, in seq order. */
export function chainBatch(db: Executor, enterpriseId: string, afterSeq: number, limit: number) {
  return db
    .selectFrom('hazard_event')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export function findHead(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('hazard_chain_head')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
}

/** Enterprises with a chain (a head or any event: a lost head must not hide a chain). */
export async function chainEnterprises(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('hazard_chain_head')
    .select('enterprise_id')
    .union(db.selectFrom('hazard_event').select('enterprise_id'))
    .orderBy('enterprise_id')
    .execute();
  return rows.map((r) => r.enterprise_id);
}

/** A stored row as the chain sees it. */
export const chainEventOf = (r: HazardEventRow): ChainEvent & { hash: string } => ({
  enterpriseId: r.enterprise_id,
  seq: Number(r.seq),
  id: r.id,
  hazardId: r.hazard_id,
  actorId: r.actor_id,
  actorName: r.actor_name,
  at: new Date(r.at),
  action: r.action,
  fromState: r.from_state,
  toState: r.to_state,
  comment: r.comment,
  attachments: r.attachments,
  payload: r.payload,
  prevHash: r.prev_hash,
  hash: r.hash,
});

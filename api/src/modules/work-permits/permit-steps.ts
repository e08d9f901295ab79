import { createHash, randomUUID } from 'node:crypto';
import type { Executor, PermitAction, PermitSignerRole } from '@shuangfang/db';
import { canonicalJson } from '../../lib/canonical-json.js';

// The signed log of a permit (docs/domain-chemicals.md section 5): every step names the account,
// its name and the time, and is chained by hash to the step before it on the same permit, so a
// changed or removed step shows (a trigger also refuses UPDATE and DELETE).
//
// Canonical form, version 1 — the UTF-8 bytes of this JSON array (canonical-json.ts):
//   ["work-permit-step/v1", enterpriseId, permitId, seq, id, action, role, actorId, actorName,
//    at, comment, payload, prevHash]
// with ids lower-case, `at` ISO 8601 UTC with milliseconds, role and comment null when absent;
// prevHash is the previous step's hash, or 64 zeros for the first. hash = hex SHA-256.

export const GENESIS = '0'.repeat(64);

export interface Step {
  enterpriseId: string;
  permitId: string;
  seq: number;
  id: string;
  action: PermitAction;
  role: PermitSignerRole | null;
  actorId: string;
  actorName: string;
  at: Date;
  comment: string | null;
  payload: Record<string, unknown>;
  prevHash: string;
}

export const hashOf = (s: Step) =>
  createHash('sha256')
    .update(
      canonicalJson([
        'work-permit-step/v1',
        s.enterpriseId.toLowerCase(),
        s.permitId.toLowerCase(),
        s.seq,
        s.id.toLowerCase(),
        s.action,
        s.role,
        s.actorId.toLowerCase(),
        s.actorName,
        s.at.toISOString(),
        s.comment,
        s.payload,
        s.prevHash,
      ]),
    )
    .digest('hex');

/** Appends one step; the caller holds the permit's row lock, so steps of a permit never race. */
export async function appendStep(
  trx: Executor,
  step: Omit<Step, 'seq' | 'id' | 'prevHash'>,
): Promise<void> {
  const last = await trx
    .selectFrom('work_permit_step')
    .select(['seq', 'hash'])
    .where('enterprise_id', '=', step.enterpriseId)
    .where('permit_id', '=', step.permitId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const full: Step = {
    ...step,
    // Milliseconds, as the database keeps them, so the hash recomputes from the stored row.
    at: new Date(step.at.getTime()),
    seq: (last?.seq ?? 0) + 1,
    id: randomUUID(),
    prevHash: last?.hash ?? GENESIS,
  };
  await trx
    .insertInto('work_permit_step')
    .values({
      enterprise_id: full.enterpriseId,
      id: full.id,
      permit_id: full.permitId,
      seq: full.seq,
      action: full.action,
      role: full.role,
      actor_id: full.actorId,
      actor_name: full.actorName,
      at: full.at,
      comment: full.comment,
      payload: full.payload,
      prev_hash: full.prevHash,
      hash: hashOf(full),
    })
    .execute();
}

/** Recomputes a permit's chain from its stored steps (oldest first). */
export function verifySteps(
  rows: {
    enterprise_id: string;
    permit_id: string;
    seq: number;
    id: string;
    action: PermitAction;
    role: PermitSignerRole | null;
    actor_id: string;
    actor_name: string;
    at: Date;
    comment: string | null;
    payload: Record<string, unknown>;
    prev_hash: string;
    hash: string;
  }[],
): boolean {
  let prev = GENESIS;
  for (const [i, r] of rows.entries()) {
    if (r.seq !== i + 1 || r.prev_hash !== prev) return false;
    const hash = hashOf({
      enterpriseId: r.enterprise_id,
      permitId: r.permit_id,
      seq: r.seq,
      id: r.id,
      action: r.action,
      role: r.role,
      actorId: r.actor_id,
      actorName: r.actor_name,
      at: new Date(r.at),
      comment: r.comment,
      payload: r.payload,
      prevHash: r.prev_hash,
    });
    if (hash !== r.hash) return false;
    prev = r.hash;
  }
  return true;
}

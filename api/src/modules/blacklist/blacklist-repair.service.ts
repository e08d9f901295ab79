import type { Who } from '../../auth/actor.js';
import type { z } from '@hono/zod-openapi';
import type { Db } from '@shuangfang/db';
import { openRevocationReview } from '../standardization/certificates.service.js';
import { conflict, invalid } from '../../lib/errors.js';
import { chinaMinute, repairPossibleFrom } from './blacklist-calendar.js';
import { moveEntry } from './blacklist-moves.js';
import * as repo from './blacklist.repository.js';
import type * as s from './blacklist.schemas.js';
import { getOne } from './blacklist.service.js';

// Leaving the list early (信用修复): the enterprise applies once the listing has lasted 12 months,
// the proposing agency (or one above) approves or refuses. A removal obtained by fraud is revoked
// by the agency: the listing is restored with its original end date. Every move keeps the
// enterprise's credit_status in the same transaction.

export async function applyRepair(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof s.ReasonBody>,
  now = new Date(),
) {
  await moveEntry(
    db,
    who,
    enterpriseId,
    id,
    'apply_repair',
    now,
    async ({ trx, entry, record }) => {
      const from = repairPossibleFrom(entry.listed_at!);
      if (now < from) {
        throw invalid(
          'listedAt',
          `列入满12个月后方可申请信用修复，最早可于 ${chinaMinute(from)} 申请`,
        );
      }
      if (await repo.pendingRepair(trx, enterpriseId, id)) {
        throw conflict('已有待审核的信用修复申请，请等待审核结果');
      }
      await repo.insertRepair(trx, {
        enterprise_id: enterpriseId,
        entry_id: id,
        reason: body.reason,
        applied_by: who.userId,
        applied_at: now,
        state: 'pending',
      });
      await record(body.reason);
    },
  );
  return getOne(db, who, enterpriseId, id, now);
}

export async function decideRepair(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof s.RepairDecisionBody>,
  now = new Date(),
) {
  const move = body.decision === 'approve' ? 'approve_repair' : 'refuse_repair';
  await moveEntry(db, who, enterpriseId, id, move, now, async ({ trx, to, record }) => {
    const pending = await repo.pendingRepair(trx, enterpriseId, id);
    if (!pending) throw conflict('没有待审核的信用修复申请');
    await repo.decideRepair(trx, enterpriseId, pending.id, {
      state: body.decision === 'approve' ? 'approved' : 'refused',
      decided_by: who.userId,
      decided_at: now,
      decision_note: body.note,
    });
    if (body.decision === 'approve') {
      await repo.updateEntry(trx, enterpriseId, id, {
        state: to,
        removed_at: now,
        removal_kind: 'early',
      });
      await repo.refreshCreditStatus(trx, enterpriseId);
    }
    await record(body.note);
  });
  return getOne(db, who, enterpriseId, id, now);
}

/** Restores a listing whose early removal was obtained by fraud; its end date is unchanged. */
export async function revokeRemoval(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof s.ReasonBody>,
  now = new Date(),
) {
  await moveEntry(db, who, enterpriseId, id, 'revoke_removal', now, async (ctx) => {
    const { trx, entry, to, record } = ctx;
    if (entry.removal_kind !== 'early') {
      throw conflict('只有信用修复提前移出的记录可以撤销移出；期满移出的不能撤销');
    }
    if (entry.listed_until! <= now) {
      throw conflict(`原列入期限已于 ${chinaMinute(entry.listed_until!)} 届满，不能恢复列入`);
    }
    if (await repo.otherLiveEntry(trx, enterpriseId, id)) {
      throw conflict('该企业已有另一条进行中或有效的失信名单记录，不能恢复本条');
    }
    await repo.updateEntry(trx, enterpriseId, id, {
      state: to,
      removed_at: null,
      removal_kind: null,
    });
    await repo.refreshCreditStatus(trx, enterpriseId);
    await openRevocationReview(trx, enterpriseId, id, now);
    await record(body.reason);
  });
  return getOne(db, who, enterpriseId, id, now);
}

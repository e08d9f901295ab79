import type { Db } from '@shuangfang/db';
import * as repo from './blacklist.repository.js';

// 期满移出: a listing is removed when its 3 years end (removal_kind 'expired', dated at its end,
// by nobody), and the enterprise's credit_status returns to normal unless another listing stands.
// A pending 信用修复 application has nothing left to decide and is closed as refused.

export async function sweepBlacklist(db: Db, now: Date): Promise<void> {
  for (const { enterprise_id: enterpriseId, id } of await repo.expiredListings(db, now)) {
    await db.transaction().execute(async (trx) => {
      const entry = await repo.lockEntry(trx, enterpriseId, id);
      // Another move (or another sweep) may have got here first.
      if (!entry || entry.state !== 'listed' || entry.listed_until! > now) return;
      const at = entry.listed_until!;
      await repo.updateEntry(trx, enterpriseId, id, {
        state: 'removed',
        removed_at: at,
        removal_kind: 'expired',
      });
      const pending = await repo.pendingRepair(trx, enterpriseId, id);
      if (pending) {
        await repo.decideRepair(trx, enterpriseId, pending.id, {
          state: 'refused',
          decided_at: at,
          decision_note: '列入期满已移出，申请终结',
        });
      }
      await repo.refreshCreditStatus(trx, enterpriseId);
      await repo.insertEvent(trx, {
        enterpriseId,
        entryId: id,
        action: 'expire',
        from: 'listed',
        to: 'removed',
        actorId: null,
        note: '列入期满三年，自动移出',
        at,
      });
    });
  }
}

import type { BlacklistEntryRow, BlacklistState, Db, Executor } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { isAgencyRole, requireEnterpriseInScope } from '../../auth/scope.js';
import { notFound } from '../../lib/errors.js';
import { requireActsForAgency } from './blacklist.access.js';
import { AGENCY_MOVES, nextState, type BlacklistMove } from './blacklist-states.js';
import * as repo from './blacklist.repository.js';

// The one path every move takes: scope (404), then who may move it (403), then the state (409),
// then the move's own rules, all in one transaction holding the entry's row lock; the move's
// event is appended in the same transaction.

/** The enterprise's side never sees a proposal before it is notified. */
export const hiddenFrom = (who: Who, notifiedAt: Date | null) =>
  !isAgencyRole(who) && notifiedAt === null;

interface MoveContext {
  trx: Executor;
  entry: BlacklistEntryRow;
  to: BlacklistState;
  now: Date;
  /** Appends the move's event (from the state before the move to `to`). */
  record: (note: string | null) => Promise<void>;
}

export async function moveEntry(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  move: BlacklistMove,
  now: Date,
  apply: (ctx: MoveContext) => Promise<void>,
): Promise<void> {
  await requireEnterpriseInScope(db, who, enterpriseId);
  const view = await repo.findEntry(db, enterpriseId, id);
  if (!view || hiddenFrom(who, view.notified_at)) throw notFound('失信名单记录');
  if ((AGENCY_MOVES as readonly string[]).includes(move)) {
    requireActsForAgency(who, view.agency_path, view.agency_name);
  }
  await db.transaction().execute(async (trx) => {
    const entry = await repo.lockEntry(trx, enterpriseId, id);
    if (!entry) throw notFound('失信名单记录');
    const to = nextState(entry.state, move);
    const record = async (note: string | null) => {
      await repo.insertEvent(trx, {
        enterpriseId,
        entryId: id,
        action: move,
        from: entry.state,
        to,
        actorId: who.userId,
        note,
        at: now,
      });
    };
    await apply({ trx, entry, to, now, record });
  });
}

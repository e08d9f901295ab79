import type {
  BlacklistEntryTable,
  BlacklistRepairTable,
  BlacklistState,
  CreditStatus,
  Executor,
} from '@shuangfang/db';
import { sql, type Insertable, type Updateable } from 'kysely';
import type { ActingMembership } from '../../auth/actor.js';
import { enterpriseUnder, enterpriseVisibleTo } from '../../auth/scope.js';

// The SQL of the blacklist. Every entry query names its enterprise (the tenant), except the
// regulator's subtree list and the public query, which go through the enterprise's scope.

const entryColumns = [
  'b.enterprise_id',
  'b.id',
  'b.agency_id',
  'b.state',
  'b.penalty_decision_number',
  'b.reason',
  'b.legal_basis',
  'b.proposed_by',
  'b.proposed_at',
  'b.notified_at',
  'b.statement_due_at',
  'b.statement',
  'b.statement_at',
  'b.decision_number',
  'b.listed_at',
  'b.listed_until',
  'b.removed_at',
  'b.removal_kind',
  'e.name as enterprise_name',
  'e.credit_code',
  'e.jurisdiction_code',
  'a.name as agency_name',
  'aj.path as agency_path',
] as const;

const entries = (db: Executor) =>
  db
    .selectFrom('blacklist_entry as b')
    .innerJoin('enterprise as e', 'e.id', 'b.enterprise_id')
    .innerJoin('agency as a', 'a.id', 'b.agency_id')
    .innerJoin('jurisdiction as aj', 'aj.code', 'a.jurisdiction_code')
    .select(entryColumns);

export type EntryView = NonNullable<Awaited<ReturnType<typeof findEntry>>>;

export function findEntry(db: Executor, enterpriseId: string, id: string) {
  return entries(db)
    .where('b.enterprise_id', '=', enterpriseId)
    .where('b.id', '=', id)
    .executeTakeFirst();
}

/** Locks the entry row for a move, so that of two simultaneous moves the second sees the first. */
export function lockEntry(trx: Executor, enterpriseId: string, id: string) {
  return trx
    .selectFrom('blacklist_entry')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** One enterprise's entries, newest first; the enterprise's side never sees unnotified ones. */
export function listForEnterprise(db: Executor, enterpriseId: string, notifiedOnly: boolean) {
  let q = entries(db).where('b.enterprise_id', '=', enterpriseId);
  if (notifiedOnly) q = q.where('b.notified_at', 'is not', null);
  return q.orderBy('b.proposed_at', 'desc').orderBy('b.id', 'desc').execute();
}

interface SubtreeFilter {
  state?: BlacklistState;
  q?: string;
  /** Only the subtree at this jurisdiction path (inside the caller's). */
  underPath?: string;
  /** Only enterprises in (or out of) the register. */
  active?: boolean;
}

/** The entries of the agency's subtree, newest first, keyset on (proposed_at, id). */
export function listSubtree(
  db: Executor,
  m: ActingMembership,
  f: SubtreeFilter,
  limit: number,
  after?: [Date, string],
) {
  let q = entries(db).where(enterpriseVisibleTo(m));
  if (f.state) q = q.where('b.state', '=', f.state);
  if (f.q) q = q.where(nameOrCode(f.q));
  if (f.underPath) q = q.where(enterpriseUnder(f.underPath));
  if (f.active !== undefined) q = q.where('e.active', '=', f.active);
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('b.proposed_at', '<', after[0]),
        eb.and([eb('b.proposed_at', '=', after[0]), eb('b.id', '<', after[1])]),
      ]),
    );
  }
  return q
    .orderBy('b.proposed_at', 'desc')
    .orderBy('b.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** A name fragment, or a whole credit code (upper-cased). */
function nameOrCode(q: string) {
  const like = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
  return (eb: any) =>
    // eslint-disable-line @typescript-eslint/no-explicit-any
    eb.or([eb('e.name', 'like', like), eb('e.credit_code', '=', q.toUpperCase())]);
}

/** The public query: listings in force only (listed, and not past their 3 years). */
export function searchListed(db: Executor, q: string, now: Date, limit: number) {
  return entries(db)
    .where('b.state', '=', 'listed')
    .where('b.listed_until', '>', now)
    .where(nameOrCode(q))
    .orderBy('b.listed_at', 'desc')
    .orderBy('b.id', 'desc')
    .limit(limit)
    .execute();
}

export function insertEntry(trx: Executor, row: Insertable<BlacklistEntryTable>) {
  return trx.insertInto('blacklist_entry').values(row).returning('id').executeTakeFirstOrThrow();
}

export function updateEntry(
  trx: Executor,
  enterpriseId: string,
  id: string,
  set: Updateable<BlacklistEntryTable>,
) {
  return trx
    .updateTable('blacklist_entry')
    .set(set)
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

interface EventInput {
  enterpriseId: string;
  entryId: string;
  action: string;
  from: BlacklistState | null;
  to: BlacklistState;
  actorId: string | null;
  note: string | null;
  at: Date;
}

export function insertEvent(trx: Executor, e: EventInput) {
  return trx
    .insertInto('blacklist_event')
    .values({
      enterprise_id: e.enterpriseId,
      entry_id: e.entryId,
      action: e.action,
      from_state: e.from,
      to_state: e.to,
      actor_id: e.actorId,
      note: e.note,
      at: e.at,
    })
    .execute();
}

export function listEvents(db: Executor, enterpriseId: string, entryId: string) {
  return db
    .selectFrom('blacklist_event as v')
    .leftJoin('app_user as u', 'u.id', 'v.actor_id')
    .select([
      'v.id',
      'v.action',
      'v.from_state',
      'v.to_state',
      'v.actor_id',
      'u.display_name as actor_name',
      'v.note',
      'v.at',
    ])
    .where('v.enterprise_id', '=', enterpriseId)
    .where('v.entry_id', '=', entryId)
    .orderBy('v.at')
    .orderBy('v.id')
    .execute();
}

export function listRepairs(db: Executor, enterpriseId: string, entryId: string) {
  return db
    .selectFrom('blacklist_repair')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('entry_id', '=', entryId)
    .orderBy('applied_at')
    .execute();
}

/** The entry's pending 信用修复 application; `lock` inside a move's transaction. */
export function pendingRepair(db: Executor, enterpriseId: string, entryId: string, lock = true) {
  const q = db
    .selectFrom('blacklist_repair')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('entry_id', '=', entryId)
    .where('state', '=', 'pending');
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

export function insertRepair(trx: Executor, row: Insertable<BlacklistRepairTable>) {
  return trx.insertInto('blacklist_repair').values(row).execute();
}

export function decideRepair(
  trx: Executor,
  enterpriseId: string,
  id: string,
  set: Updateable<BlacklistRepairTable>,
) {
  return trx
    .updateTable('blacklist_repair')
    .set(set)
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

/** Whether the enterprise has another procedure in progress or in force (one live at a time). */
export function otherLiveEntry(trx: Executor, enterpriseId: string, exceptId?: string) {
  let q = trx
    .selectFrom('blacklist_entry')
    .select(['id', 'state'])
    .where('enterprise_id', '=', enterpriseId)
    .where('state', 'in', ['proposed', 'notified', 'listed']);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return q.executeTakeFirst();
}

/**
 * The enterprise's `credit_status`, the one value the registry, dashboard and draw read: blacklisted
 * while any of its entries is listed. Called in the transaction of every move that lists or removes.
 */
export async function refreshCreditStatus(trx: Executor, enterpriseId: string) {
  await trx
    .updateTable('enterprise')
    .set((eb) => ({
      credit_status: eb
        .case()
        .when(
          eb.exists(
            eb
              .selectFrom('blacklist_entry')
              .select('id')
              .where('enterprise_id', '=', enterpriseId)
              .where('state', '=', 'listed'),
          ),
        )
        .then(sql.lit<CreditStatus>('blacklisted'))
        .else(sql.lit<CreditStatus>('normal'))
        .end(),
      updated_at: new Date(),
    }))
    .where('id', '=', enterpriseId)
    .execute();
}

/** Listings whose 3 years have passed by `now`, for the sweep. */
export function expiredListings(db: Executor, now: Date) {
  return db
    .selectFrom('blacklist_entry')
    .select(['enterprise_id', 'id'])
    .where('state', '=', 'listed')
    .where('listed_until', '<=', now)
    .execute();
}

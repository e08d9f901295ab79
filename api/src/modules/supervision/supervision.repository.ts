import type { Executor, NewHazardSupervision, SupervisionState } from '@shuangfang/db';
import { sql } from 'kysely';
import { pathUnder } from '../../auth/scope.js';
import { overdue } from '../hazards/hazards.repository.js';

// 挂牌督办 rows, always read with what a list shows beside them: the hazard's state, deadline and
// overdue flag, the enterprise and the supervising agency.

function supervisionsWithHazard(db: Executor) {
  return db
    .selectFrom('hazard_supervision as s')
    .innerJoin('hazard as h', (join) =>
      join.onRef('h.enterprise_id', '=', 's.enterprise_id').onRef('h.id', '=', 's.hazard_id'),
    )
    .innerJoin('enterprise as e', 'e.id', 's.enterprise_id')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .innerJoin('agency as a', 'a.id', 's.agency_id')
    .selectAll('s')
    .select([
      'h.description as hazard_description',
      'h.state as hazard_state',
      'h.deadline as hazard_deadline',
      overdue.as('hazard_overdue'),
      'e.name as enterprise_name',
      'j.name as jurisdiction_name',
      'a.name as agency_name',
    ]);
}
export type SupervisionView = Awaited<ReturnType<typeof findLatestForHazard>> & object;

/** The hazard's current supervision, else its last one (the enterprise keeps seeing it). */
export function findLatestForHazard(db: Executor, enterpriseId: string, hazardId: string) {
  return supervisionsWithHazard(db)
    .where('s.enterprise_id', '=', enterpriseId)
    .where('s.hazard_id', '=', hazardId)
    .orderBy(sql`s.state = 'listed'`, 'desc')
    .orderBy('s.listed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The hazard's listed supervision, locked until the transaction ends. */
export function lockListed(db: Executor, enterpriseId: string, hazardId: string) {
  return db
    .selectFrom('hazard_supervision')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('hazard_id', '=', hazardId)
    .where('state', '=', 'listed')
    .forUpdate()
    .executeTakeFirst();
}

export function findByNumber(db: Executor, agencyId: string, number: string) {
  return db
    .selectFrom('hazard_supervision')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export async function insertSupervision(db: Executor, values: NewHazardSupervision) {
  const { id } = await db
    .insertInto('hazard_supervision')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function unlist(
  db: Executor,
  enterpriseId: string,
  id: string,
  by: string,
  note: string | null,
) {
  await db
    .updateTable('hazard_supervision')
    .set({ state: 'unlisted', unlisted_by: by, unlisted_at: new Date(), unlist_note: note })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

/** An approved extension the supervising agency granted carries the 督办 deadline along. */
export async function extendDeadline(db: Executor, enterpriseId: string, id: string, to: Date) {
  await db
    .updateTable('hazard_supervision')
    .set({ deadline: sql<Date>`greatest(deadline, ${to})` })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

interface SupervisionFilters {
  state?: SupervisionState;
  overdue?: boolean;
  /** Only this agency's own supervisions. */
  agencyId?: string;
}

/** The subtree's supervisions, newest listing first; keyset on (listed_at, id). */
export function listInSubtree(
  db: Executor,
  path: string,
  f: SupervisionFilters,
  limit: number,
  after?: [Date, string],
) {
  return supervisionsWithHazard(db)
    .where(pathUnder('j.path', path))
    .$if(!!f.state, (q) => q.where('s.state', '=', f.state!))
    .$if(!!f.agencyId, (q) => q.where('s.agency_id', '=', f.agencyId!))
    .$if(f.overdue === true, (q) =>
      q
        .where('h.deadline', '<', sql<Date>`now()`)
        .where('h.state', 'not in', ['closed', 'rejected']),
    )
    .$if(f.overdue === false, (q) => q.where(sql<boolean>`not ${overdue}`))
    .$if(!!after, (q) =>
      q.where((eb) => eb(eb.refTuple('s.listed_at', 's.id'), '<', eb.tuple(after![0], after![1]))),
    )
    .orderBy('s.listed_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** What the agency's public page shows: no people, only the enterprise and the hazard. */
export function listPublic(db: Executor, agencyId: string, limit: number, after?: [Date, string]) {
  return db
    .selectFrom('hazard_supervision as s')
    .innerJoin('hazard as h', (join) =>
      join.onRef('h.enterprise_id', '=', 's.enterprise_id').onRef('h.id', '=', 's.hazard_id'),
    )
    .innerJoin('enterprise as e', 'e.id', 's.enterprise_id')
    .select([
      's.id',
      's.number',
      's.state',
      's.deadline',
      's.listed_at',
      's.unlisted_at',
      'h.description',
      'e.name as enterprise_name',
    ])
    .where('s.agency_id', '=', agencyId)
    .$if(!!after, (q) =>
      q.where((eb) => eb(eb.refTuple('s.listed_at', 's.id'), '<', eb.tuple(after![0], after![1]))),
    )
    .orderBy('s.listed_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit + 1)
    .execute();
}

export function findAgency(db: Executor, agencyId: string) {
  return db
    .selectFrom('agency as a')
    .innerJoin('jurisdiction as j', 'j.code', 'a.jurisdiction_code')
    .select(['a.id', 'a.name', 'j.code as jurisdiction_code', 'j.name as jurisdiction_name'])
    .where('a.id', '=', agencyId)
    .executeTakeFirst();
}

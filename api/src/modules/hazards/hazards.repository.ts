import type {
  Executor,
  HazardGrade,
  HazardSource,
  HazardState,
  HazardTable,
  NewHazard,
} from '@shuangfang/db';
import { sql, type Updateable } from 'kysely';
import { hazardCriterion } from '../criteria/criteria.repository.js';

/** Derived, never stored: past its deadline and still open. `now()` is the transaction's time. */
export const overdue = sql<boolean>`coalesce(h.deadline < now() and h.state not in ('closed', 'rejected'), false)`;

function hazardsWithReporter(db: Executor) {
  return db
    .selectFrom('hazard as h')
    .innerJoin('app_user as r', 'r.id', 'h.reporter_id')
    .selectAll('h')
    .select(['r.display_name as reporter_name', overdue.as('overdue')])
    .select(hazardCriterion.as('criterion'));
}
export type HazardView = Awaited<ReturnType<typeof findHazard>> & object;

export function findHazard(db: Executor, enterpriseId: string, id: string) {
  return hazardsWithReporter(db)
    .where('h.enterprise_id', '=', enterpriseId)
    .where('h.id', '=', id)
    .executeTakeFirst();
}

interface HazardFilters {
  state?: HazardState;
  grade?: HazardGrade;
  source?: HazardSource;
  overdue?: boolean;
  /** Only the hazards this user reported or answers for (a worker's view). */
  involving?: string;
}

/** Newest first; `after` is the (created_at, id) of the last row of the previous page. */
export function listHazards(
  db: Executor,
  enterpriseId: string,
  f: HazardFilters,
  limit: number,
  after?: [Date, string],
) {
  return hazardsWithReporter(db)
    .where('h.enterprise_id', '=', enterpriseId)
    .$if(!!f.state, (q) => q.where('h.state', '=', f.state!))
    .$if(!!f.grade, (q) => q.where('h.grade', '=', f.grade!))
    .$if(!!f.source, (q) => q.where('h.source', '=', f.source!))
    .$if(f.overdue === true, (q) =>
      q
        .where('h.deadline', '<', sql<Date>`now()`)
        .where('h.state', 'not in', ['closed', 'rejected']),
    )
    .$if(f.overdue === false, (q) => q.where(sql<boolean>`not ${overdue}`))
    .$if(!!f.involving, (q) =>
      q.where((eb) =>
        eb.or([
          eb('h.reporter_id', '=', f.involving!),
          eb('h.responsible_user_id', '=', f.involving!),
        ]),
      ),
    )
    .$if(!!after, (q) =>
      q.where((eb) => eb(eb.refTuple('h.created_at', 'h.id'), '<', eb.tuple(after![0], after![1]))),
    )
    .orderBy('h.created_at', 'desc')
    .orderBy('h.id', 'desc')
    .limit(limit + 1)
    .execute();
}

export async function insertHazard(db: Executor, values: NewHazard) {
  const { id } = await db
    .insertInto('hazard')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The hazard, locked until the transaction ends: moves on one hazard happen one at a time. */
export function lockHazard(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('hazard')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateHazard(
  db: Executor,
  enterpriseId: string,
  id: string,
  values: Updateable<HazardTable>,
) {
  await db
    .updateTable('hazard')
    .set({ ...values, updated_at: sql`now()` })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

export function listExtensions(db: Executor, enterpriseId: string, hazardId: string) {
  return db
    .selectFrom('hazard_extension')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('hazard_id', '=', hazardId)
    .orderBy('requested_at')
    .orderBy('id')
    .execute();
}

export function findPendingExtension(db: Executor, enterpriseId: string, hazardId: string) {
  return db
    .selectFrom('hazard_extension')
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .where('hazard_id', '=', hazardId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
}

export function lockExtension(db: Executor, enterpriseId: string, hazardId: string, id: string) {
  return db
    .selectFrom('hazard_extension')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('hazard_id', '=', hazardId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertExtension(
  db: Executor,
  values: {
    enterprise_id: string;
    hazard_id: string;
    previous_deadline: Date;
    requested_deadline: Date;
    reason: string;
    requested_by: string;
    requested_at: Date;
  },
) {
  const { id } = await db
    .insertInto('hazard_extension')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function decideExtension(
  db: Executor,
  enterpriseId: string,
  id: string,
  values: {
    state: 'approved' | 'refused';
    decided_by: string;
    decided_at: Date;
    refusal_reason: string | null;
  },
) {
  await db
    .updateTable('hazard_extension')
    .set(values)
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

/** Register rows a hazard may point at, each looked up within the enterprise. */
export function findRiskObject(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('risk_object')
    .select(['id', 'archived_at'])
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findRiskUnit(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('risk_unit')
    .select(['id', 'object_id', 'archived_at'])
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findControlMeasure(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('control_measure')
    .select(['id', 'archived_at'])
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The user's active role in the enterprise (congress reps aside), if any. */
export async function memberRole(db: Executor, enterpriseId: string, userId: string) {
  const row = await db
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select('m.role')
    .where('m.enterprise_id', '=', enterpriseId)
    .where('m.user_id', '=', userId)
    .where('m.active', '=', true)
    .where('u.active', '=', true)
    .where('m.role', '!=', 'congress_rep')
    .executeTakeFirst();
  return row?.role;
}

/** Closes the hazard's pending extension request, if any, as withdrawn; answers its id. */
export async function withdrawPendingExtension(
  db: Executor,
  enterpriseId: string,
  hazardId: string,
  by: string,
) {
  const row = await db
    .updateTable('hazard_extension')
    .set({ state: 'withdrawn', decided_by: by, decided_at: new Date() })
    .where('enterprise_id', '=', enterpriseId)
    .where('hazard_id', '=', hazardId)
    .where('state', '=', 'pending')
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The enterprise's active people who may answer for a plan (congress reps aside), by name. */

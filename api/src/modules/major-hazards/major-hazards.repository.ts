import type { CustodyRole, Executor, MajorHazardLevel } from '@shuangfang/db';
import { sql } from 'kysely';
import { pathUnder } from '../../auth/scope.js';

// The SQL of 重大危险源, the risk objects they cover and their 包保责任人.

export function listMajorHazards(db: Executor, enterpriseId: string, includeArchived = false) {
  return db
    .selectFrom('major_hazard')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .$if(!includeArchived, (q) => q.where('archived_at', 'is', null))
    .orderBy('code')
    .execute();
}

export function findMajorHazard(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('major_hazard')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Locks the row, so that moves on one 重大危险源 (custodians, archive) happen one at a time. */
export function lockMajorHazard(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('major_hazard')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertMajorHazard(
  db: Executor,
  row: {
    enterprise_id: string;
    code: string;
    name: string;
    level: MajorHazardLevel;
    description: string;
    created_by: string;
  },
) {
  const { id } = await db
    .insertInto('major_hazard')
    .values({ ...row, archived_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function updateMajorHazard(
  db: Executor,
  enterpriseId: string,
  id: string,
  set: { code?: string; name?: string; level?: MajorHazardLevel; description?: string },
) {
  return db
    .updateTable('major_hazard')
    .set({ ...set, updated_at: sql`now()` })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

export function archiveMajorHazard(db: Executor, enterpriseId: string, id: string) {
  return db
    .updateTable('major_hazard')
    .set({ archived_at: sql`now()`, updated_at: sql`now()` })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

export async function replaceObjects(
  db: Executor,
  enterpriseId: string,
  majorHazardId: string,
  objectIds: string[],
) {
  await db
    .deleteFrom('major_hazard_object')
    .where('enterprise_id', '=', enterpriseId)
    .where('major_hazard_id', '=', majorHazardId)
    .execute();
  if (objectIds.length === 0) return;
  await db
    .insertInto('major_hazard_object')
    .values(
      objectIds.map((id) => ({
        enterprise_id: enterpriseId,
        major_hazard_id: majorHazardId,
        risk_object_id: id,
      })),
    )
    .execute();
}

/** The risk objects each current 重大危险源 covers (with the objects' names). */
export function coverage(db: Executor, enterpriseId: string, majorHazardIds?: string[]) {
  return db
    .selectFrom('major_hazard_object as c')
    .innerJoin('major_hazard as h', (j) =>
      j.onRef('h.enterprise_id', '=', 'c.enterprise_id').onRef('h.id', '=', 'c.major_hazard_id'),
    )
    .innerJoin('risk_object as o', (j) =>
      j.onRef('o.enterprise_id', '=', 'c.enterprise_id').onRef('o.id', '=', 'c.risk_object_id'),
    )
    .select(['c.major_hazard_id', 'c.risk_object_id', 'o.name as object_name'])
    .where('c.enterprise_id', '=', enterpriseId)
    .where('h.archived_at', 'is', null)
    .$if(majorHazardIds !== undefined, (q) =>
      majorHazardIds!.length === 0
        ? q.where(sql.lit(false))
        : q.where('c.major_hazard_id', 'in', majorHazardIds!),
    )
    .orderBy('o.sort_order')
    .execute();
}

/** Current risk objects of the enterprise among `ids` (for checking a request's list). */
export function currentObjects(db: Executor, enterpriseId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('risk_object')
    .select(['id'])
    .where('enterprise_id', '=', enterpriseId)
    .where('id', 'in', ids)
    .where('archived_at', 'is', null)
    .execute();
}

const CUSTODIAN_COLUMNS = [
  'c.id',
  'c.major_hazard_id',
  'c.role',
  'c.user_id',
  'c.title',
  'c.phone',
  'c.assigned_at',
  'c.assigned_by',
  'c.ended_at',
  'u.display_name as name',
] as const;

/** The current 包保责任人 of the given 重大危险源 (all of the enterprise when not given). */
export function currentCustodians(db: Executor, enterpriseId: string, majorHazardIds?: string[]) {
  return db
    .selectFrom('major_hazard_custodian as c')
    .innerJoin('app_user as u', 'u.id', 'c.user_id')
    .select(CUSTODIAN_COLUMNS)
    .where('c.enterprise_id', '=', enterpriseId)
    .where('c.ended_at', 'is', null)
    .$if(majorHazardIds !== undefined, (q) =>
      majorHazardIds!.length === 0
        ? q.where(sql.lit(false))
        : q.where('c.major_hazard_id', 'in', majorHazardIds!),
    )
    .execute();
}
export type CustodianRow = Awaited<ReturnType<typeof currentCustodians>>[number];

/** Every 包保责任人 the 重大危险源 has had, newest first. */
export function custodianHistory(db: Executor, enterpriseId: string, majorHazardId: string) {
  return db
    .selectFrom('major_hazard_custodian as c')
    .innerJoin('app_user as u', 'u.id', 'c.user_id')
    .select(CUSTODIAN_COLUMNS)
    .where('c.enterprise_id', '=', enterpriseId)
    .where('c.major_hazard_id', '=', majorHazardId)
    .orderBy('c.assigned_at', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
}

/** The custodians whose period overlaps [from, to): a month's windows are judged against them. */
export function custodiansOverlapping(db: Executor, enterpriseIds: string[], from: Date, to: Date) {
  if (enterpriseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('major_hazard_custodian as c')
    .innerJoin('app_user as u', 'u.id', 'c.user_id')
    .select([...CUSTODIAN_COLUMNS, 'c.enterprise_id'])
    .where('c.enterprise_id', 'in', enterpriseIds)
    .where('c.assigned_at', '<', to)
    .where((eb) => eb.or([eb('c.ended_at', 'is', null), eb('c.ended_at', '>', from)]))
    .execute();
}

export async function endCustodian(
  db: Executor,
  enterpriseId: string,
  majorHazardId: string,
  role: CustodyRole,
  by: string,
  at: Date,
) {
  await db
    .updateTable('major_hazard_custodian')
    .set({ ended_at: at, ended_by: by })
    .where('enterprise_id', '=', enterpriseId)
    .where('major_hazard_id', '=', majorHazardId)
    .where('role', '=', role)
    .where('ended_at', 'is', null)
    .execute();
}

export async function insertCustodian(
  db: Executor,
  row: {
    enterprise_id: string;
    major_hazard_id: string;
    role: CustodyRole;
    user_id: string;
    title: string;
    phone: string;
    assigned_by: string;
    assigned_at: Date;
  },
) {
  await db
    .insertInto('major_hazard_custodian')
    .values({ ...row, ended_at: null, ended_by: null })
    .execute();
}

/** An active enterprise account (membership) of this enterprise, with its phone. */
export function enterpriseAccount(db: Executor, enterpriseId: string, userId: string) {
  return db
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.display_name', 'u.phone', 'm.role'])
    .where('m.enterprise_id', '=', enterpriseId)
    .where('m.user_id', '=', userId)
    .where('m.active', '=', true)
    .where('u.active', '=', true)
    .where('m.role', '!=', 'congress_rep')
    .executeTakeFirst();
}

/** The current 重大危险源 of the active enterprises under a jurisdiction path (regulators). */
export function majorHazardsUnder(db: Executor, path: string) {
  return db
    .selectFrom('major_hazard as h')
    .innerJoin('enterprise as e', 'e.id', 'h.enterprise_id')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .selectAll('h')
    .select(['e.name as enterprise_name', 'e.jurisdiction_code'])
    .where(pathUnder('j.path', path))
    .where('e.active', '=', true)
    .where('h.archived_at', 'is', null)
    .orderBy('e.name')
    .orderBy('h.code')
    .execute();
}

/** 包保 records whose window ends in (from, to]. */
export function custodyRecordsEnding(db: Executor, enterpriseIds: string[], from: Date, to: Date) {
  if (enterpriseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('check_record')
    .select(['enterprise_id', 'major_hazard_id', 'custody_role', 'window_start', 'window_end'])
    .where('enterprise_id', 'in', enterpriseIds)
    .where('kind', '=', 'custody')
    .where('window_end', '>', from)
    .where('window_end', '<=', to)
    .execute();
}

import type { Executor, InspectionItemTable } from '@shuangfang/db';
import type { Insertable } from 'kysely';

// The SQL of an agency's directory: its 执法人员, their declared conflicts of interest and its
// catalogue of 抽查事项. Every read is narrowed to one agency.

/** The agency's inspectors with the name of the account each records through. */
function inspectorsOf(db: Executor, agencyId: string) {
  return db
    .selectFrom('inspector as i')
    .leftJoin('app_user as u', 'u.id', 'i.user_id')
    .select([
      'i.id',
      'i.name',
      'i.badge_number',
      'i.user_id',
      'u.display_name as user_name',
      'i.active',
    ])
    .where('i.agency_id', '=', agencyId);
}

export function listInspectors(db: Executor, agencyId: string) {
  return inspectorsOf(db, agencyId).orderBy('i.badge_number').execute();
}

export function findInspector(db: Executor, agencyId: string, id: string) {
  return inspectorsOf(db, agencyId).where('i.id', '=', id).executeTakeFirst();
}

/** An active membership of role inspector of the agency held by the user, if any. */
export function findInspectorMembership(db: Executor, agencyId: string, userId: string) {
  return db
    .selectFrom('membership')
    .select('id')
    .where('user_id', '=', userId)
    .where('agency_id', '=', agencyId)
    .where('role', '=', 'inspector')
    .where('active', '=', true)
    .executeTakeFirst();
}

/** An inspector holding the badge anywhere in the country, other than `exceptId`. */
export function findByBadge(db: Executor, badge: string, exceptId?: string) {
  let q = db.selectFrom('inspector').select('id').where('badge_number', '=', badge);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return q.executeTakeFirst();
}

/** The agency's inspector linked to the account, other than `exceptId`. */
export function findByAccount(db: Executor, agencyId: string, userId: string, exceptId?: string) {
  let q = db
    .selectFrom('inspector')
    .select('name')
    .where('agency_id', '=', agencyId)
    .where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return q.executeTakeFirst();
}

export async function insertInspector(
  db: Executor,
  row: { agency_id: string; name: string; badge_number: string; user_id: string | null },
) {
  const { id } = await db
    .insertInto('inspector')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateInspector(
  db: Executor,
  agencyId: string,
  id: string,
  set: { name?: string; active?: boolean; user_id?: string | null },
) {
  await db
    .updateTable('inspector')
    .set(set)
    .where('id', '=', id)
    .where('agency_id', '=', agencyId)
    .execute();
}

/** The agency's declared conflicts with the inspector's and the enterprise's names. */
function conflictsOf(db: Executor, agencyId: string) {
  return db
    .selectFrom('inspector_conflict as c')
    .innerJoin('inspector as i', 'i.id', 'c.inspector_id')
    .innerJoin('enterprise as e', 'e.id', 'c.enterprise_id')
    .select([
      'c.id',
      'c.inspector_id',
      'i.name as inspector_name',
      'i.badge_number',
      'c.enterprise_id',
      'e.name as enterprise_name',
      'e.credit_code',
      'c.reason',
      'c.declared_at',
    ])
    .where('i.agency_id', '=', agencyId);
}
export type ConflictRow = Awaited<
  ReturnType<ReturnType<typeof conflictsOf>['executeTakeFirstOrThrow']>
>;

/** Newest first. */
export function listConflicts(db: Executor, agencyId: string) {
  return conflictsOf(db, agencyId).orderBy('c.declared_at', 'desc').execute();
}

export function findConflictView(db: Executor, agencyId: string, id: string) {
  return conflictsOf(db, agencyId).where('c.id', '=', id).executeTakeFirstOrThrow();
}

/** The declared conflict between the inspector and the enterprise, if any. */
export function findConflict(db: Executor, inspectorId: string, enterpriseId: string) {
  return db
    .selectFrom('inspector_conflict')
    .select('id')
    .where('inspector_id', '=', inspectorId)
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
}

export async function insertConflict(
  db: Executor,
  row: { inspector_id: string; enterprise_id: string; reason: string; declared_by: string },
) {
  const { id } = await db
    .insertInto('inspector_conflict')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The agency's catalogue, oldest first; with `ids`, only those items. */
export function itemsOf(db: Executor, agencyId: string, ids?: string[]) {
  let q = db.selectFrom('inspection_item').selectAll().where('agency_id', '=', agencyId);
  if (ids) q = q.where('id', 'in', ids);
  return q.orderBy('created_at').orderBy('id').execute();
}

export function insertItem(db: Executor, row: Insertable<InspectionItemTable>) {
  return db.insertInto('inspection_item').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The agency's item already taken from this library item (a check item or a 判定 item). */
export function findAdoptedItem(
  db: Executor,
  agencyId: string,
  source: { check_item_id: string } | { criteria_item_id: string },
) {
  return db
    .selectFrom('inspection_item')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where((eb) =>
      'check_item_id' in source
        ? eb('check_item_id', '=', source.check_item_id)
        : eb('criteria_item_id', '=', source.criteria_item_id),
    )
    .executeTakeFirst();
}

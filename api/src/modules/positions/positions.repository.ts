import type { Executor } from '@shuangfang/db';
import { sql } from 'kysely';
import { MAX_SORT_ORDER } from '../risk/risk.repository.js';

export function listPositions(db: Executor, enterpriseId: string, includeArchived: boolean) {
  return db
    .selectFrom('position')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .$if(!includeArchived, (q) => q.where('archived_at', 'is', null))
    .orderBy('sort_order')
    .orderBy('created_at')
    .execute();
}

export function findPosition(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('position')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function unitsOf(db: Executor, enterpriseId: string, positionIds: string[]) {
  if (positionIds.length === 0) return Promise.resolve([]);
  return (
    db
      .selectFrom('position_unit as pu')
      .innerJoin('risk_unit as u', (j) =>
        j.onRef('u.enterprise_id', '=', 'pu.enterprise_id').onRef('u.id', '=', 'pu.unit_id'),
      )
      .innerJoin('risk_object as o', (j) =>
        j.onRef('o.enterprise_id', '=', 'u.enterprise_id').onRef('o.id', '=', 'u.object_id'),
      )
      .select(['pu.position_id', 'u.id', 'u.name', 'o.name as object_name'])
      .where('pu.enterprise_id', '=', enterpriseId)
      .where('pu.position_id', 'in', positionIds)
      // An archived unit (or one under an archived object) has left the current register.
      .where('u.archived_at', 'is', null)
      .where('o.archived_at', 'is', null)
      .orderBy('o.sort_order')
      .orderBy('u.sort_order')
      .execute()
  );
}

export function workersOf(db: Executor, enterpriseId: string, positionIds: string[]) {
  if (positionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('position_worker as pw')
    .innerJoin('app_user as u', 'u.id', 'pw.user_id')
    .select(['pw.position_id', 'u.id', 'u.display_name'])
    .where('pw.enterprise_id', '=', enterpriseId)
    .where('pw.position_id', 'in', positionIds)
    .orderBy('u.display_name')
    .execute();
}

/** Which of the ids are current (unarchived) units of the enterprise, under current objects. */
export async function currentUnitIds(db: Executor, enterpriseId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('risk_unit as u')
    .innerJoin('risk_object as o', (j) =>
      j.onRef('o.enterprise_id', '=', 'u.enterprise_id').onRef('o.id', '=', 'u.object_id'),
    )
    .select('u.id')
    .where('u.enterprise_id', '=', enterpriseId)
    .where('u.id', 'in', ids)
    .where('u.archived_at', 'is', null)
    .where('o.archived_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Which of the user ids hold an active membership in the enterprise. */
export async function memberIds(db: Executor, enterpriseId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('membership')
    .select('user_id')
    .where('enterprise_id', '=', enterpriseId)
    .where('user_id', 'in', ids)
    .where('active', '=', true)
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

export async function insertPosition(
  db: Executor,
  enterpriseId: string,
  name: string,
  sortOrder?: number,
) {
  const { id } = await db
    .insertInto('position')
    .values({
      enterprise_id: enterpriseId,
      name,
      // Without a sort order a new position goes to the end of the list.
      sort_order:
        sortOrder ??
        sql<number>`(select least(coalesce(max(sort_order) + 1, 0), ${MAX_SORT_ORDER}) from position where enterprise_id = ${enterpriseId})`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updatePosition(
  db: Executor,
  enterpriseId: string,
  id: string,
  values: { name?: string; sort_order?: number; archived?: true },
) {
  await db
    .updateTable('position')
    .set({
      name: values.name,
      sort_order: values.sort_order,
      ...(values.archived ? { archived_at: sql<Date>`now()` } : {}),
      updated_at: sql`now()`,
    })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

export async function replaceUnits(
  db: Executor,
  enterpriseId: string,
  positionId: string,
  unitIds: string[],
) {
  await db
    .deleteFrom('position_unit')
    .where('enterprise_id', '=', enterpriseId)
    .where('position_id', '=', positionId)
    .execute();
  if (unitIds.length === 0) return;
  await db
    .insertInto('position_unit')
    .values(
      unitIds.map((unit_id) => ({ enterprise_id: enterpriseId, position_id: positionId, unit_id })),
    )
    .execute();
}

export async function replaceWorkers(
  db: Executor,
  enterpriseId: string,
  positionId: string,
  userIds: string[],
) {
  await db
    .deleteFrom('position_worker')
    .where('enterprise_id', '=', enterpriseId)
    .where('position_id', '=', positionId)
    .execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('position_worker')
    .values(
      userIds.map((user_id) => ({ enterprise_id: enterpriseId, position_id: positionId, user_id })),
    )
    .execute();
}

import type { Executor } from '@shuangfang/db';
import { sql } from 'kysely';

/** The current events of the units a position works in, with the unit and object they sit under. */
export function positionEvents(db: Executor, enterpriseId: string, positionId: string) {
  return db
    .selectFrom('position_unit as pu')
    .innerJoin('risk_unit as u', (j) =>
      j.onRef('u.enterprise_id', '=', 'pu.enterprise_id').onRef('u.id', '=', 'pu.unit_id'),
    )
    .innerJoin('risk_object as o', (j) =>
      j.onRef('o.enterprise_id', '=', 'u.enterprise_id').onRef('o.id', '=', 'u.object_id'),
    )
    .innerJoin('risk_event as e', (j) =>
      j.onRef('e.enterprise_id', '=', 'u.enterprise_id').onRef('e.unit_id', '=', 'u.id'),
    )
    .select([
      'e.id',
      'e.hazard_factor',
      'e.accident_type',
      'e.consequence',
      'e.grade',
      'u.name as unit_name',
      'u.responsible_person',
      'o.name as object_name',
    ])
    .where('pu.enterprise_id', '=', enterpriseId)
    .where('pu.position_id', '=', positionId)
    .where('u.archived_at', 'is', null)
    .where('o.archived_at', 'is', null)
    .where('e.archived_at', 'is', null)
    .orderBy('o.sort_order')
    .orderBy('u.sort_order')
    .orderBy('e.sort_order')
    .orderBy('e.created_at')
    .execute();
}

/** Hazards still open (neither closed nor rejected) in the units the position works in. */
export async function openHazardCount(db: Executor, enterpriseId: string, positionId: string) {
  const row = await db
    .selectFrom('hazard')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('enterprise_id', '=', enterpriseId)
    .where('state', 'not in', ['closed', 'rejected'])
    .where('risk_unit_id', 'in', (q) =>
      q
        .selectFrom('position_unit')
        .select('unit_id')
        .where('enterprise_id', '=', enterpriseId)
        .where('position_id', '=', positionId),
    )
    .executeTakeFirstOrThrow();
  return row.count;
}

export function currentMeasures(db: Executor, enterpriseId: string, eventIds: string[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('control_measure')
    .select(['id', 'event_id', 'category', 'description', 'control_level', 'responsible_person'])
    .where('enterprise_id', '=', enterpriseId)
    .where('event_id', 'in', eventIds)
    .where('archived_at', 'is', null)
    .orderBy('sort_order')
    .orderBy('created_at')
    .execute();
}

/** When the latest check of any of the measures was recorded; null if never checked. */
export async function lastCheckAt(db: Executor, enterpriseId: string, measureIds: string[]) {
  if (measureIds.length === 0) return null;
  const row = await db
    .selectFrom('check_record')
    .select((eb) => eb.fn.max('recorded_at').as('at'))
    .where('enterprise_id', '=', enterpriseId)
    .where('measure_id', 'in', measureIds)
    .executeTakeFirst();
  return row?.at ?? null;
}

export function currentEmergencyMeasures(db: Executor, enterpriseId: string, eventIds: string[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('emergency_measure')
    .select(['event_id', 'steps', 'equipment', 'phone'])
    .where('enterprise_id', '=', enterpriseId)
    .where('event_id', 'in', eventIds)
    .where('archived_at', 'is', null)
    .orderBy('sort_order')
    .orderBy('created_at')
    .execute();
}

export function liveLink(db: Executor, enterpriseId: string, positionId: string) {
  return db
    .selectFrom('board_link')
    .select(['token', 'created_at'])
    .where('enterprise_id', '=', enterpriseId)
    .where('position_id', '=', positionId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function revokeLinks(db: Executor, enterpriseId: string, positionId: string) {
  await db
    .updateTable('board_link')
    .set({ revoked_at: sql`now()` })
    .where('enterprise_id', '=', enterpriseId)
    .where('position_id', '=', positionId)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function insertLink(
  db: Executor,
  row: { enterpriseId: string; positionId: string; token: string; userId: string },
) {
  await db
    .insertInto('board_link')
    .values({
      enterprise_id: row.enterpriseId,
      position_id: row.positionId,
      token: row.token,
      created_by: row.userId,
      revoked_at: null,
    })
    .execute();
}

/** The position a live token opens: not revoked, position current, enterprise active. */
export function findByToken(db: Executor, token: string) {
  return db
    .selectFrom('board_link as l')
    .innerJoin('position as p', (j) =>
      j.onRef('p.enterprise_id', '=', 'l.enterprise_id').onRef('p.id', '=', 'l.position_id'),
    )
    .innerJoin('enterprise as e', 'e.id', 'l.enterprise_id')
    .select(['l.enterprise_id', 'l.position_id', 'p.name', 'e.name as enterprise_name'])
    .where('l.token', '=', token)
    .where('l.revoked_at', 'is', null)
    .where('p.archived_at', 'is', null)
    .where('e.active', '=', true)
    .executeTakeFirst();
}

export function liveLinks(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('board_link')
    .select('position_id')
    .where('enterprise_id', '=', enterpriseId)
    .where('revoked_at', 'is', null)
    .execute();
}

import type { Executor, NewRunState } from '@shuangfang/db';
import { sql } from 'kysely';

// The SQL of run-state periods (装置/设施运行状态): one row per period of a risk unit or a
// 重大危险源, the current one without `ended_at`.

const PERIOD_COLUMNS = [
  'r.id',
  'r.unit_id',
  'r.major_hazard_id',
  'r.state',
  'r.reason',
  'r.started_at',
  'r.planned_end_at',
  'r.ended_at',
  'r.prestart_required',
  'r.prestart_passed_at',
  'r.set_by',
  'u.display_name as set_by_name',
  'ru.name as unit_name',
  'h.code as major_hazard_code',
  'h.name as major_hazard_name',
] as const;

const periods = (db: Executor, enterpriseId: string) =>
  db
    .selectFrom('run_state as r')
    .innerJoin('app_user as u', 'u.id', 'r.set_by')
    .leftJoin('risk_unit as ru', (j) =>
      j.onRef('ru.enterprise_id', '=', 'r.enterprise_id').onRef('ru.id', '=', 'r.unit_id'),
    )
    .leftJoin('major_hazard as h', (j) =>
      j.onRef('h.enterprise_id', '=', 'r.enterprise_id').onRef('h.id', '=', 'r.major_hazard_id'),
    )
    .select(PERIOD_COLUMNS)
    .where('r.enterprise_id', '=', enterpriseId);

/** Every period that overlaps [from, to), oldest first. */
export function periodsOverlapping(db: Executor, enterpriseIds: string[], from: Date, to: Date) {
  if (enterpriseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('run_state as r')
    .select([
      'r.enterprise_id',
      'r.id',
      'r.unit_id',
      'r.major_hazard_id',
      'r.state',
      'r.started_at',
      'r.ended_at',
      'r.prestart_required',
      'r.prestart_passed_at',
    ])
    .where('r.enterprise_id', 'in', enterpriseIds)
    .where('r.started_at', '<', to)
    .where((eb) => eb.or([eb('r.ended_at', 'is', null), eb('r.ended_at', '>', from)]))
    .orderBy('r.started_at')
    .execute();
}

/** The current period of every subject of the enterprise. */
export function currentPeriods(db: Executor, enterpriseId: string) {
  return periods(db, enterpriseId).where('r.ended_at', 'is', null).execute();
}
export type PeriodRow = Awaited<ReturnType<typeof currentPeriods>>[number];

/** The periods whose 开车前检查 is pending now or passed within [from, to). */
export function prestartPeriods(db: Executor, enterpriseId: string, from: Date, to: Date) {
  return periods(db, enterpriseId)
    .where('r.prestart_required', '=', true)
    .where((eb) =>
      eb.or([
        eb.and([eb('r.prestart_passed_at', 'is', null), eb('r.ended_at', 'is', null)]),
        eb.and([eb('r.prestart_passed_at', '>=', from), eb('r.prestart_passed_at', '<', to)]),
      ]),
    )
    .orderBy('r.started_at')
    .execute();
}

export function findPeriod(db: Executor, enterpriseId: string, id: string) {
  return periods(db, enterpriseId).where('r.id', '=', id).executeTakeFirst();
}

/** The subject's current period, locked: state changes of one subject happen one at a time. */
export function lockCurrent(
  db: Executor,
  enterpriseId: string,
  subject: { unitId: string } | { majorHazardId: string },
) {
  return db
    .selectFrom('run_state')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('ended_at', 'is', null)
    .$if('unitId' in subject, (q) =>
      q.where('unit_id', '=', (subject as { unitId: string }).unitId),
    )
    .$if('majorHazardId' in subject, (q) =>
      q.where('major_hazard_id', '=', (subject as { majorHazardId: string }).majorHazardId),
    )
    .forUpdate()
    .executeTakeFirst();
}

/** Locks one period (its 开车前检查 is recorded against it). */
export function lockPeriod(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('run_state')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function endPeriod(db: Executor, enterpriseId: string, id: string, at: Date) {
  return db
    .updateTable('run_state')
    .set({ ended_at: at })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

export async function insertPeriod(db: Executor, row: NewRunState) {
  const { id } = await db
    .insertInto('run_state')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function markPrestartPassed(db: Executor, enterpriseId: string, id: string, at: Date) {
  return db
    .updateTable('run_state')
    .set({ prestart_passed_at: at })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

export interface HistoryFilter {
  unitId?: string;
  majorHazardId?: string;
}

/** History newest first, keyset-paged on (started_at, id). */
export function history(
  db: Executor,
  enterpriseId: string,
  f: HistoryFilter,
  limit: number,
  after?: [Date, string],
) {
  return periods(db, enterpriseId)
    .$if(f.unitId !== undefined, (q) => q.where('r.unit_id', '=', f.unitId!))
    .$if(f.majorHazardId !== undefined, (q) => q.where('r.major_hazard_id', '=', f.majorHazardId!))
    .$if(after !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('r.started_at', '<', after![0]),
          eb.and([eb('r.started_at', '=', after![0]), eb('r.id', '<', after![1])]),
        ]),
      ),
    )
    .orderBy('r.started_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** The current risk units of the enterprise with their object (the subjects a state is set on). */
export function currentUnits(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('risk_unit as u')
    .innerJoin('risk_object as o', (j) =>
      j.onRef('o.enterprise_id', '=', 'u.enterprise_id').onRef('o.id', '=', 'u.object_id'),
    )
    .select(['u.id', 'u.name', 'u.object_id', 'o.name as object_name'])
    .where('u.enterprise_id', '=', enterpriseId)
    .where('u.archived_at', 'is', null)
    .where('o.archived_at', 'is', null)
    .orderBy('o.sort_order')
    .orderBy('u.sort_order')
    .execute();
}

export function findUnit(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('risk_unit as u')
    .innerJoin('risk_object as o', (j) =>
      j.onRef('o.enterprise_id', '=', 'u.enterprise_id').onRef('o.id', '=', 'u.object_id'),
    )
    .select(['u.id', 'u.name', 'u.object_id', 'o.name as object_name'])
    .where('u.enterprise_id', '=', enterpriseId)
    .where('u.id', '=', id)
    .where('u.archived_at', 'is', null)
    .where('o.archived_at', 'is', null)
    .executeTakeFirst();
}

/** Units the worker's positions work in (whose 开车前检查 they may record). */
export function unitsOfWorker(db: Executor, enterpriseId: string, userId: string) {
  return db
    .selectFrom('position_unit as pu')
    .innerJoin('position as p', (j) =>
      j.onRef('p.enterprise_id', '=', 'pu.enterprise_id').onRef('p.id', '=', 'pu.position_id'),
    )
    .innerJoin('position_worker as pw', (j) =>
      j.onRef('pw.enterprise_id', '=', 'p.enterprise_id').onRef('pw.position_id', '=', 'p.id'),
    )
    .select('pu.unit_id')
    .where('pu.enterprise_id', '=', enterpriseId)
    .where('p.archived_at', 'is', null)
    .where('pw.user_id', '=', userId)
    .execute()
    .then((rows) => new Set(rows.map((r) => r.unit_id)));
}

export const anyPeriod = (db: Executor, enterpriseId: string) =>
  db
    .selectFrom('run_state')
    .select(sql.lit(1).as('one'))
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst()
    .then((r) => r !== undefined);

import type {
  CheckCycleUnit,
  CheckKind,
  CheckResult,
  CustodyRole,
  Executor,
  NewCheckRecord,
} from '@shuangfang/db';
import { sql } from 'kysely';

// The SQL of check tasks and records. A measure is "assigned" to a worker when the worker is on
// a current position that works in the measure's risk unit (position_unit / position_worker).

interface MeasureFilter {
  /** Only the measures assigned to this user through their positions. */
  assignedTo?: string;
  measureId?: string;
}

/** Current measures with a check cycle, with the chain above them (all unarchived). */
export function measuresWithCycle(db: Executor, enterpriseId: string, f: MeasureFilter = {}) {
  return (
    db
      .selectFrom('control_measure as m')
      .innerJoin('risk_event as ev', (j) =>
        j.onRef('ev.enterprise_id', '=', 'm.enterprise_id').onRef('ev.id', '=', 'm.event_id'),
      )
      .innerJoin('risk_unit as u', (j) =>
        j.onRef('u.enterprise_id', '=', 'ev.enterprise_id').onRef('u.id', '=', 'ev.unit_id'),
      )
      .innerJoin('risk_object as o', (j) =>
        j.onRef('o.enterprise_id', '=', 'u.enterprise_id').onRef('o.id', '=', 'u.object_id'),
      )
      .select([
        'm.id',
        'm.description',
        'm.category',
        'm.check_content',
        'm.check_cycle_unit',
        'm.check_cycle_count',
        'm.created_at',
        'ev.id as event_id',
        'ev.hazard_factor',
        'u.id as unit_id',
        'u.name as unit_name',
        'o.id as object_id',
        'o.name as object_name',
      ])
      // The 判定 items the measure adopted (their citation is the adoption's basis).
      .select(
        sql<{ itemId: string; citation: string }[]>`(select coalesce(jsonb_agg(
          jsonb_build_object('itemId', a.criteria_item_id, 'citation', a.basis)
          order by a.adopted_at, a.id), '[]'::jsonb)
        from measure_check_item a
        where a.enterprise_id = m.enterprise_id and a.measure_id = m.id
          and a.criteria_item_id is not null)`.as('criteria'),
      )
      .where('m.enterprise_id', '=', enterpriseId)
      .where('m.check_cycle_unit', 'is not', null)
      .where('m.check_cycle_count', 'is not', null)
      .where('m.archived_at', 'is', null)
      .where('ev.archived_at', 'is', null)
      .where('u.archived_at', 'is', null)
      .where('o.archived_at', 'is', null)
      .$if(f.measureId !== undefined, (q) => q.where('m.id', '=', f.measureId!))
      .$if(f.assignedTo !== undefined, (q) =>
        q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('position_unit as pu')
              .innerJoin('position as p', (j) =>
                j
                  .onRef('p.enterprise_id', '=', 'pu.enterprise_id')
                  .onRef('p.id', '=', 'pu.position_id'),
              )
              .innerJoin('position_worker as pw', (j) =>
                j
                  .onRef('pw.enterprise_id', '=', 'p.enterprise_id')
                  .onRef('pw.position_id', '=', 'p.id'),
              )
              .select(sql.lit(1).as('one'))
              .whereRef('pu.enterprise_id', '=', 'u.enterprise_id')
              .whereRef('pu.unit_id', '=', 'u.id')
              .where('p.archived_at', 'is', null)
              .where('pw.user_id', '=', f.assignedTo!),
          ),
        ),
      )
      .orderBy('o.sort_order')
      .orderBy('u.sort_order')
      .orderBy('ev.sort_order')
      .orderBy('m.sort_order')
      .orderBy('m.created_at')
      .execute()
  );
}
export type MeasureWithCycle = Awaited<ReturnType<typeof measuresWithCycle>>[number];

const RECORD_COLUMNS = [
  'r.id',
  'r.kind',
  'r.measure_id',
  'r.major_hazard_id',
  'r.custody_role',
  'r.run_state_id',
  'r.window_start',
  'r.window_end',
  'r.result',
  'r.note',
  'r.attachments',
  'r.hazard_id',
  'r.recorded_by',
  'r.recorded_at',
  'r.device_recorded_at',
  'r.late',
  'u.display_name as recorded_by_name',
] as const;

const records = (db: Executor, enterpriseId: string) =>
  db
    .selectFrom('check_record as r')
    .innerJoin('app_user as u', 'u.id', 'r.recorded_by')
    .select(RECORD_COLUMNS)
    .where('r.enterprise_id', '=', enterpriseId);

/** Records of the measures whose windows start in [from, to). */
export function recordsInRange(
  db: Executor,
  enterpriseId: string,
  measureIds: string[],
  from: Date,
  to: Date,
) {
  if (measureIds.length === 0) return Promise.resolve([]);
  return records(db, enterpriseId)
    .where('r.measure_id', 'in', measureIds)
    .where('r.window_start', '>=', from)
    .where('r.window_start', '<', to)
    .execute();
}
export type CheckRecordWithName = Awaited<ReturnType<typeof recordsInRange>>[number];

/** 包保 records of the 重大危险源 whose windows start in [from, to). */
export function custodyRecordsInRange(
  db: Executor,
  enterpriseId: string,
  majorHazardIds: string[],
  from: Date,
  to: Date,
) {
  if (majorHazardIds.length === 0) return Promise.resolve([]);
  return records(db, enterpriseId)
    .where('r.kind', '=', 'custody')
    .where('r.major_hazard_id', 'in', majorHazardIds)
    .where('r.window_start', '>=', from)
    .where('r.window_start', '<', to)
    .execute();
}

export function findCustodyRecord(
  db: Executor,
  enterpriseId: string,
  key: { majorHazardId: string; role: CustodyRole; start: Date; end: Date },
) {
  return records(db, enterpriseId)
    .where('r.kind', '=', 'custody')
    .where('r.major_hazard_id', '=', key.majorHazardId)
    .where('r.custody_role', '=', key.role)
    .where('r.window_start', '=', key.start)
    .where('r.window_end', '=', key.end)
    .executeTakeFirst();
}

/** The 开车前检查 records of run periods, oldest first. */
export function prestartRecords(db: Executor, enterpriseId: string, runStateIds: string[]) {
  if (runStateIds.length === 0) return Promise.resolve([]);
  return records(db, enterpriseId)
    .where('r.kind', '=', 'pre_start')
    .where('r.run_state_id', 'in', runStateIds)
    .orderBy('r.recorded_at')
    .execute();
}

export function findRecordById(db: Executor, enterpriseId: string, id: string) {
  return records(db, enterpriseId).where('r.id', '=', id).executeTakeFirstOrThrow();
}

export function findRecord(db: Executor, enterpriseId: string, measureId: string, start: Date) {
  return records(db, enterpriseId)
    .where('r.measure_id', '=', measureId)
    .where('r.window_start', '=', start)
    .executeTakeFirst();
}

export async function insertRecord(db: Executor, row: NewCheckRecord) {
  const { id } = await db
    .insertInto('check_record')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export interface RecordFilter {
  kind?: CheckKind;
  /** A worker's view: records of these measures, or made by this user. */
  visibleTo?: { measureIds: string[]; userId: string };
  measureIds?: string[];
  result?: CheckResult;
  from?: Date;
  to?: Date;
}

/** History, newest first, keyset-paged on (recorded_at, id). */
export function listRecords(
  db: Executor,
  enterpriseId: string,
  f: RecordFilter,
  limit: number,
  after?: [Date, string],
) {
  return records(db, enterpriseId)
    .$if(f.kind !== undefined, (q) => q.where('r.kind', '=', f.kind!))
    .$if(f.visibleTo !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('r.recorded_by', '=', f.visibleTo!.userId),
          ...(f.visibleTo!.measureIds.length > 0
            ? [eb('r.measure_id', 'in', f.visibleTo!.measureIds)]
            : []),
        ]),
      ),
    )
    .$if(f.measureIds !== undefined, (q) =>
      f.measureIds!.length === 0
        ? q.where(sql.lit(false))
        : q.where('r.measure_id', 'in', f.measureIds!),
    )
    .$if(f.result !== undefined, (q) => q.where('r.result', '=', f.result!))
    .$if(f.from !== undefined, (q) => q.where('r.window_start', '>=', f.from!))
    .$if(f.to !== undefined, (q) => q.where('r.window_start', '<', f.to!))
    .$if(after !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('r.recorded_at', '<', after![0]),
          eb.and([eb('r.recorded_at', '=', after![0]), eb('r.id', '<', after![1])]),
        ]),
      ),
    )
    .orderBy('r.recorded_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/**
 * The distinct cycles of current measures that are assigned to somebody (the reminders' sweep
 * works one cycle at a time). Read from the assignments: far fewer rows than the measures of a
 * province, most of which no worker checks through a position.
 */
export function currentCycles(db: Executor) {
  return db
    .selectFrom('position_worker as pw')
    .innerJoin('position as p', (j) =>
      j.onRef('p.enterprise_id', '=', 'pw.enterprise_id').onRef('p.id', '=', 'pw.position_id'),
    )
    .innerJoin('position_unit as pu', (j) =>
      j.onRef('pu.enterprise_id', '=', 'p.enterprise_id').onRef('pu.position_id', '=', 'p.id'),
    )
    .innerJoin('risk_event as ev', (j) =>
      j.onRef('ev.enterprise_id', '=', 'pu.enterprise_id').onRef('ev.unit_id', '=', 'pu.unit_id'),
    )
    .innerJoin('control_measure as m', (j) =>
      j.onRef('m.enterprise_id', '=', 'ev.enterprise_id').onRef('m.event_id', '=', 'ev.id'),
    )
    .select(['m.check_cycle_unit as unit', 'm.check_cycle_count as count'])
    .distinct()
    .where('p.archived_at', 'is', null)
    .where('m.archived_at', 'is', null)
    .where('m.check_cycle_unit', 'is not', null)
    .where('m.check_cycle_count', 'is not', null)
    .execute();
}

/**
 * Every enterprise's current measures of one cycle that are assigned to somebody, with the
 * workers they are assigned to — the same rule as `measuresWithCycle`'s `assignedTo`.
 */
export function assignedMeasuresOfCycle(db: Executor, unit: CheckCycleUnit, count: number) {
  return db
    .selectFrom('control_measure as m')
    .innerJoin('risk_event as ev', (j) =>
      j.onRef('ev.enterprise_id', '=', 'm.enterprise_id').onRef('ev.id', '=', 'm.event_id'),
    )
    .innerJoin('risk_unit as u', (j) =>
      j.onRef('u.enterprise_id', '=', 'ev.enterprise_id').onRef('u.id', '=', 'ev.unit_id'),
    )
    .innerJoin('risk_object as o', (j) =>
      j.onRef('o.enterprise_id', '=', 'u.enterprise_id').onRef('o.id', '=', 'u.object_id'),
    )
    .innerJoin('position_unit as pu', (j) =>
      j.onRef('pu.enterprise_id', '=', 'u.enterprise_id').onRef('pu.unit_id', '=', 'u.id'),
    )
    .innerJoin('position as p', (j) =>
      j.onRef('p.enterprise_id', '=', 'pu.enterprise_id').onRef('p.id', '=', 'pu.position_id'),
    )
    .innerJoin('position_worker as pw', (j) =>
      j.onRef('pw.enterprise_id', '=', 'p.enterprise_id').onRef('pw.position_id', '=', 'p.id'),
    )
    .select([
      'm.enterprise_id',
      'm.id',
      'm.check_content',
      'm.created_at',
      'u.name as unit_name',
      'o.name as object_name',
      sql<string[]>`array_agg(distinct pw.user_id)`.as('workers'),
    ])
    .where('m.check_cycle_unit', '=', unit)
    .where('m.check_cycle_count', '=', count)
    .where('m.archived_at', 'is', null)
    .where('ev.archived_at', 'is', null)
    .where('u.archived_at', 'is', null)
    .where('o.archived_at', 'is', null)
    .where('p.archived_at', 'is', null)
    .groupBy(['m.enterprise_id', 'm.id', 'm.check_content', 'm.created_at', 'u.name', 'o.name'])
    .execute();
}

/** `measure|windowStart(ms)` of the records among these measures and window starts. */
export async function recordedWindows(
  db: Executor,
  measures: { enterprise_id: string; id: string }[],
  starts: Date[],
) {
  if (measures.length === 0 || starts.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('check_record')
    .select(['measure_id', 'window_start'])
    .where('enterprise_id', 'in', [...new Set(measures.map((m) => m.enterprise_id))])
    .where(
      'measure_id',
      'in',
      measures.map((m) => m.id),
    )
    .where('window_start', 'in', starts)
    .execute();
  return new Set(rows.map((r) => `${r.measure_id}|${new Date(r.window_start).getTime()}`));
}

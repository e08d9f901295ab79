import type { Executor, NewWorkPermit, PermitState, PermitType } from '@shuangfang/db';
import { sql } from 'kysely';

// The SQL of 特殊作业票, their measures, gas samples and signed steps.

const PERMIT_COLUMNS = [
  'p.enterprise_id',
  'p.id',
  'p.number',
  'p.type',
  'p.level',
  'p.state',
  'p.applicant_id',
  'p.applied_at',
  'p.applicant_unit',
  'p.work_unit',
  'p.contractor',
  'p.content',
  'p.location',
  'p.risk_unit_id',
  'p.work_leader_id',
  'p.guard_id',
  'p.guard_certificate',
  'p.workers',
  'p.related_numbers',
  'p.hazard_identification',
  'p.other_measures',
  'p.valid_from',
  'p.valid_to',
  'p.details',
  'p.approval_chain',
  'p.started_at',
  'p.interrupted_at',
  'p.completed_at',
  'p.closed_at',
  'p.cancel_reason',
  'a.display_name as applicant_name',
  'l.display_name as work_leader_name',
  'g.display_name as guard_name',
  'ru.name as risk_unit_name',
  'ru.object_id as risk_object_id',
] as const;

const permits = (db: Executor) =>
  db
    .selectFrom('work_permit as p')
    .innerJoin('app_user as a', 'a.id', 'p.applicant_id')
    .innerJoin('app_user as l', 'l.id', 'p.work_leader_id')
    .innerJoin('app_user as g', 'g.id', 'p.guard_id')
    .leftJoin('risk_unit as ru', (j) =>
      j.onRef('ru.enterprise_id', '=', 'p.enterprise_id').onRef('ru.id', '=', 'p.risk_unit_id'),
    )
    .select(PERMIT_COLUMNS);

export function findPermit(db: Executor, enterpriseId: string, id: string) {
  return permits(db)
    .where('p.enterprise_id', '=', enterpriseId)
    .where('p.id', '=', id)
    .executeTakeFirst();
}
export type PermitRow = NonNullable<Awaited<ReturnType<typeof findPermit>>>;

/** Locks the permit: its steps are appended one at a time. */
export function lockPermit(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('work_permit')
    .select(['id', 'state'])
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export interface PermitFilter {
  state?: PermitState;
  type?: PermitType;
  /** Validity overlapping [from, to). */
  overlapping?: { from: Date; to: Date };
  involving?: string;
  expiredAt?: Date;
  appliedFrom?: Date;
  appliedTo?: Date;
}

const filtered = (db: Executor, enterpriseIds: string[], f: PermitFilter) =>
  permits(db)
    .where('p.enterprise_id', 'in', enterpriseIds)
    .$if(f.state !== undefined, (q) => q.where('p.state', '=', f.state!))
    .$if(f.type !== undefined, (q) => q.where('p.type', '=', f.type!))
    .$if(f.overlapping !== undefined, (q) =>
      q.where('p.valid_from', '<', f.overlapping!.to).where('p.valid_to', '>', f.overlapping!.from),
    )
    .$if(f.involving !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('p.applicant_id', '=', f.involving!),
          eb('p.work_leader_id', '=', f.involving!),
          eb('p.guard_id', '=', f.involving!),
        ]),
      ),
    )
    .$if(f.expiredAt !== undefined, (q) =>
      q
        .where('p.state', 'in', ['approved', 'in_progress', 'interrupted'])
        .where('p.valid_to', '<=', f.expiredAt!),
    )
    .$if(f.appliedFrom !== undefined, (q) => q.where('p.applied_at', '>=', f.appliedFrom!))
    .$if(f.appliedTo !== undefined, (q) => q.where('p.applied_at', '<', f.appliedTo!));

/** Newest application first, keyset-paged on (applied_at, id). */
export function listPermits(
  db: Executor,
  enterpriseId: string,
  f: PermitFilter,
  limit: number,
  after?: [Date, string],
) {
  return filtered(db, [enterpriseId], f)
    .$if(after !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('p.applied_at', '<', after![0]),
          eb.and([eb('p.applied_at', '=', after![0]), eb('p.id', '<', after![1])]),
        ]),
      ),
    )
    .orderBy('p.applied_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** Every permit matching, oldest first (the ledger). */
export function allPermits(db: Executor, enterpriseId: string, f: PermitFilter) {
  return filtered(db, [enterpriseId], f).orderBy('p.applied_at').orderBy('p.id').execute();
}

/** Permits of several enterprises in given states (the commitment's counts, the 监护人 rule). */
export function permitsInStates(db: Executor, enterpriseId: string, states: PermitState[]) {
  return permits(db)
    .where('p.enterprise_id', '=', enterpriseId)
    .where('p.state', 'in', states)
    .execute();
}

export async function insertPermit(db: Executor, row: NewWorkPermit) {
  const { id } = await db
    .insertInto('work_permit')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function updatePermit(
  db: Executor,
  enterpriseId: string,
  id: string,
  set: Partial<{
    state: PermitState;
    valid_to: Date;
    started_at: Date;
    interrupted_at: Date | null;
    completed_at: Date;
    closed_at: Date;
    cancel_reason: string;
  }>,
) {
  return db
    .updateTable('work_permit')
    .set({ ...set, updated_at: sql`now()` })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

/** The next number of the day for the type, under a lock on the enterprise's numbering. */
export async function nextNumber(db: Executor, enterpriseId: string, prefix: string) {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`work_permit_number:${enterpriseId}`}, 0))`.execute(
    db,
  );
  const { n } = await db
    .selectFrom('work_permit')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('enterprise_id', '=', enterpriseId)
    .where('number', 'like', `${prefix}-%`)
    .executeTakeFirstOrThrow();
  return `${prefix}-${String(Number(n) + 1).padStart(3, '0')}`;
}

export async function insertMeasures(
  db: Executor,
  enterpriseId: string,
  permitId: string,
  texts: string[],
) {
  await db
    .insertInto('work_permit_measure')
    .values(
      texts.map((text, i) => ({
        enterprise_id: enterpriseId,
        permit_id: permitId,
        seq: i + 1,
        text,
        involved: null,
        confirmed_by: null,
        confirmed_at: null,
      })),
    )
    .execute();
}

export function measuresOf(db: Executor, enterpriseId: string, permitId: string) {
  return db
    .selectFrom('work_permit_measure as m')
    .leftJoin('app_user as u', 'u.id', 'm.confirmed_by')
    .select([
      'm.seq',
      'm.text',
      'm.involved',
      'm.confirmed_by',
      'm.confirmed_at',
      'u.display_name as confirmed_by_name',
    ])
    .where('m.enterprise_id', '=', enterpriseId)
    .where('m.permit_id', '=', permitId)
    .orderBy('m.seq')
    .execute();
}

export function confirmMeasure(
  db: Executor,
  enterpriseId: string,
  permitId: string,
  seq: number,
  involved: boolean,
  by: string,
  at: Date,
) {
  return db
    .updateTable('work_permit_measure')
    .set({ involved, confirmed_by: by, confirmed_at: at })
    .where('enterprise_id', '=', enterpriseId)
    .where('permit_id', '=', permitId)
    .where('seq', '=', seq)
    .execute();
}

export function samplesOf(db: Executor, enterpriseId: string, permitId: string) {
  return db
    .selectFrom('work_permit_gas as s')
    .innerJoin('app_user as u', 'u.id', 's.analyst_id')
    .select([
      's.id',
      's.analysed_at',
      's.point',
      's.readings',
      's.passed',
      's.analyst_id',
      'u.display_name as analyst_name',
    ])
    .where('s.enterprise_id', '=', enterpriseId)
    .where('s.permit_id', '=', permitId)
    .orderBy('s.analysed_at')
    .orderBy('s.recorded_at')
    .execute();
}
export type SampleRow = Awaited<ReturnType<typeof samplesOf>>[number];

export function stepsOf(db: Executor, enterpriseId: string, permitId: string) {
  return db
    .selectFrom('work_permit_step')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('permit_id', '=', permitId)
    .orderBy('seq')
    .execute();
}
export type StepRow = Awaited<ReturnType<typeof stepsOf>>[number];

/** Gas samples of several permits (a page's facts). */
export function samplesOfMany(db: Executor, enterpriseId: string, permitIds: string[]) {
  if (permitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('work_permit_gas')
    .select(['permit_id', 'analysed_at', 'passed'])
    .where('enterprise_id', '=', enterpriseId)
    .where('permit_id', 'in', permitIds)
    .orderBy('analysed_at')
    .orderBy('recorded_at')
    .execute();
}

/** How many approvals each permit has (a page's facts). */
export function approvalCounts(db: Executor, enterpriseId: string, permitIds: string[]) {
  if (permitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('work_permit_step')
    .select(['permit_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('enterprise_id', '=', enterpriseId)
    .where('permit_id', 'in', permitIds)
    .where('action', '=', 'approve')
    .groupBy('permit_id')
    .execute();
}

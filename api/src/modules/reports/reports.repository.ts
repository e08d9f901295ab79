import type {
  Database,
  Executor,
  NewReport,
  ReportKind,
  ReportRecipient,
  ReportState,
} from '@shuangfang/db';
import { sql, type ExpressionBuilder, type Selectable, type SelectQueryBuilder } from 'kysely';
import type { ActingMembership } from '../../auth/actor.js';
import { enterpriseUnder, enterpriseVisibleTo } from '../../auth/scope.js';

/**
 * Late: due and not submitted, or submitted after it was due. `now()` is the transaction's time.
 * The one definition, read by the list filter and the dashboard (on a report aliased `r`).
 */
export const late = sql<boolean>`coalesce(r.submitted_at, now()) > r.due_at`;

/** Reports (the rows of `report`, aliased `r`) as the product shows them: with the names beside. */
function withNames(db: Executor, reports: ReportRows) {
  return db
    .selectFrom(reports.as('r'))
    .innerJoin('enterprise as e', 'e.id', 'r.enterprise_id')
    .innerJoin('agency as a', 'a.id', 'r.agency_id')
    .leftJoin('app_user as s', 's.id', 'r.submitted_by')
    .selectAll('r')
    .select([
      'e.name as enterprise_name',
      'a.name as agency_name',
      's.display_name as submitted_by_name',
      late.as('late'),
    ]);
}

type ReportRows = SelectQueryBuilder<
  Database & { r: Database['report'] },
  'r',
  Selectable<Database['report']>
>;

export type ReportView = Awaited<ReturnType<typeof findReport>> & object;

export function findReport(db: Executor, enterpriseId: string, id: string) {
  return withNames(
    db,
    db
      .selectFrom('report as r')
      .selectAll('r')
      .where('r.enterprise_id', '=', enterpriseId)
      .where('r.id', '=', id),
  ).executeTakeFirst();
}

/** The recipients' side sees submitted reports only; the enterprise's managers see drafts too. */
export const seesDrafts = (m: ActingMembership) =>
  m.role === 'enterprise_admin' || m.role === 'safety_manager';

/** Which recipient's receipt the caller gives, if any. */
export function recipientOf(m: ActingMembership): ReportRecipient | null {
  if (m.role === 'congress_rep') return 'congress';
  if (m.agencyId !== null) return 'agency';
  return null;
}

/** Submitted reports still missing the receipt of `recipient` (of either side when null); also the dashboard's. */
const missingAck = (recipient: ReportRecipient | null) =>
  sql<boolean>`(select count(*) from report_acknowledgement k
    where k.enterprise_id = r.enterprise_id and k.report_id = r.id
    and (${recipient}::text is null or k.recipient = ${recipient})) < ${recipient === null ? 2 : 1}`;

interface ReportFilters {
  enterpriseId?: string;
  /** Addressed to this agency (the one that signs for it). */
  agencyId?: string;
  kind?: ReportKind;
  state?: ReportState;
  late?: boolean;
  /** Submitted and still awaiting the caller's side's receipt (both receipts for the enterprise). */
  unacknowledged?: boolean;
  /** Only the subtree at this jurisdiction path (inside the caller's). */
  underPath?: string;
  /** Due within [from, to), or a draft already past due: the dashboard's 本期应报. */
  dueWithin?: { from: Date; to: Date };
}

/**
 * The reports the membership may see, newest draft first; `after` is the last row's key.
 *
 * A page's reports are read before the names are joined to them, so only the kept rows are
 * joined. Over a subtree the planner reads them either newest first over all submitted reports
 * (`report_submitted_recent`), keeping those of the subtree's enterprises, or per enterprise
 * (`report_drafted`). At 1× a province's first page took ~230 ms in the database and now ~2 ms,
 * a county's ~57 and now ~20 ms (migration 2026_12_07_1600).
 */
export function listReports(
  db: Executor,
  m: ActingMembership,
  f: ReportFilters,
  limit: number,
  after?: [Date, string],
) {
  const recipient = recipientOf(m);
  const visible = (eb: ExpressionBuilder<Database & { r: Database['report'] }, 'r'>) =>
    eb
      .selectFrom('enterprise as e')
      .select('e.id')
      .where(enterpriseVisibleTo(m))
      .$if(!!f.underPath, (q) => q.where(enterpriseUnder(f.underPath!)));
  const page = db
    .selectFrom('report as r')
    .selectAll('r')
    // Addressed to one agency (its 待签收), the agency's own index yields the candidates newest
    // first, and each is checked against the reader's subtree apart (OFFSET 0 keeps the check
    // from becoming a join): joined, the planner read every report of the subtree first, ~40 ms
    // for a county at 1× against ~1 ms, on every page a county regulator opens (the bell).
    .$if(!f.agencyId, (q) => q.where('r.enterprise_id', 'in', visible))
    .$if(!!f.agencyId, (q) =>
      q
        .where('r.agency_id', '=', f.agencyId!)
        .where((eb) => eb.exists(visible(eb).whereRef('e.id', '=', 'r.enterprise_id').offset(0))),
    )
    .$if(!seesDrafts(m), (q) => q.where('r.state', '=', 'submitted'))
    .$if(!!f.enterpriseId, (q) => q.where('r.enterprise_id', '=', f.enterpriseId!))
    .$if(!!f.kind, (q) => q.where('r.kind', '=', f.kind!))
    .$if(!!f.state, (q) => q.where('r.state', '=', f.state!))
    .$if(!!f.dueWithin, (q) =>
      q.where((eb) =>
        eb.or([
          eb.and([eb('r.due_at', '>=', f.dueWithin!.from), eb('r.due_at', '<', f.dueWithin!.to)]),
          eb.and([eb('r.state', '=', 'draft'), eb('r.due_at', '<', sql<Date>`now()`)]),
        ]),
      ),
    )
    .$if(f.late === true, (q) => q.where(late))
    .$if(f.late === false, (q) => q.where(sql<boolean>`not ${late}`))
    .$if(f.unacknowledged !== undefined, (q) =>
      q
        .where('r.state', '=', 'submitted')
        .where(
          f.unacknowledged ? missingAck(recipient) : sql<boolean>`not ${missingAck(recipient)}`,
        ),
    )
    .$if(!!after, (q) =>
      q.where((eb) => eb(eb.refTuple('r.drafted_at', 'r.id'), '<', eb.tuple(after![0], after![1]))),
    )
    .orderBy('r.drafted_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit + 1);
  return withNames(db, page).orderBy('r.drafted_at', 'desc').orderBy('r.id', 'desc').execute();
}

/**
 * The receipts of `reports`. Led by the enterprise, as the receipts' key is: by report id alone
 * every receipt was read (~30 ms at 1×, for a list page and for each report opened).
 */
export function listAcknowledgements(
  db: Executor,
  reports: readonly { enterprise_id: string; id: string }[],
) {
  if (reports.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('report_acknowledgement')
    .selectAll()
    .where('enterprise_id', 'in', [...new Set(reports.map((r) => r.enterprise_id))])
    .where(
      'report_id',
      'in',
      reports.map((r) => r.id),
    )
    .orderBy('acknowledged_at')
    .execute();
}

export async function insertReport(db: Executor, values: NewReport) {
  const { id } = await db
    .insertInto('report')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The report, locked until the transaction ends: edits, submission and receipts queue on it. */
export function lockReport(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('report')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateDraft(
  db: Executor,
  enterpriseId: string,
  id: string,
  values: {
    content?: Record<string, unknown>;
    state?: 'submitted';
    content_hash?: string;
    agency_id?: string;
    submitted_by?: string;
    submitted_at?: Date;
  },
) {
  await db
    .updateTable('report')
    .set({ ...values, updated_at: sql`now()` })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .where('state', '=', 'draft')
    .execute();
}

export function findPeriodReport(
  db: Executor,
  enterpriseId: string,
  kind: ReportKind,
  period: string,
) {
  return db
    .selectFrom('report')
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .where('kind', '=', kind)
    .where('period', '=', period)
    .executeTakeFirst();
}

export async function insertAcknowledgement(
  db: Executor,
  values: {
    enterprise_id: string;
    report_id: string;
    recipient: ReportRecipient;
    acknowledged_by: string;
    acknowledged_by_name: string;
    agency_id: string | null;
    acknowledged_at: Date;
  },
) {
  await db.insertInto('report_acknowledgement').values(values).execute();
}

/** What a report's letterhead names: the enterprise and the agency that supervises it. */
export function findLetterhead(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('enterprise as e')
    .innerJoin('agency as a', 'a.id', 'e.supervising_agency_id')
    .select([
      'e.name',
      'e.credit_code',
      'e.jurisdiction_code',
      'e.supervising_agency_id',
      'a.name as agency_name',
    ])
    .where('e.id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
}

/**
 * The statistics report of `kind` and `period` each enterprise visible to `m` should have sent:
 * every active enterprise registered before the period ended, with its report if one was drafted
 * (late: due and not submitted, drafted or not, or submitted after it was due). By enterprise id.
 */
export function periodicStatus(
  db: Executor,
  m: ActingMembership,
  q: {
    kind: 'quarterly' | 'annual';
    period: string;
    periodEnd: Date;
    dueAt: Date;
    now: Date;
    enterpriseId?: string;
    late?: boolean;
  },
  limit: number,
  afterId?: string,
) {
  const isLate = sql<boolean>`coalesce(r.submitted_at, ${q.now}) > ${q.dueAt}`;
  return db
    .selectFrom('enterprise as e')
    .leftJoin('report as r', (j) =>
      j
        .onRef('r.enterprise_id', '=', 'e.id')
        .on('r.kind', '=', q.kind)
        .on('r.period', '=', q.period),
    )
    .select([
      'e.id as enterprise_id',
      'e.name as enterprise_name',
      'r.id as report_id',
      'r.state',
      'r.submitted_at',
      isLate.as('late'),
    ])
    .where(enterpriseVisibleTo(m))
    .where('e.active', '=', true)
    .where('e.created_at', '<', q.periodEnd)
    .$if(!!q.enterpriseId, (s) => s.where('e.id', '=', q.enterpriseId!))
    .$if(q.late === true, (s) => s.where(isLate))
    .$if(q.late === false, (s) => s.where(sql<boolean>`not ${isLate}`))
    .$if(!!afterId, (s) => s.where('e.id', '>', afterId!))
    .orderBy('e.id')
    .limit(limit + 1)
    .execute();
}

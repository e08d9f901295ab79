import type { Database, Executor, HazardGrade, HazardState, InspectionRow } from '@shuangfang/db';
import { sql, type Updateable } from 'kysely';
import { pathUnder } from '../../auth/scope.js';

// The SQL of inspections: reads with what their pages show (the enterprise, the plan and its
// items), and the writes of recording and publishing.

/** Derived, never stored: recorded, not yet published, and past the publication deadline. */
export const publicationOverdue = (now: Date) =>
  sql<boolean>`coalesce(n.state = 'recorded' and not n.void and n.publish_due_at < ${now}, false)`;

function inspections(db: Executor, now = new Date()) {
  return db
    .selectFrom('inspection as n')
    .innerJoin('enterprise as e', 'e.id', 'n.enterprise_id')
    .innerJoin('inspection_plan as p', 'p.id', 'n.plan_id')
    .selectAll('n')
    .select([
      'e.name as enterprise_name',
      'e.credit_code',
      'p.name as plan_name',
      'p.items as plan_items',
      publicationOverdue(now).as('overdue'),
      // A date as the calendar day it is, whatever the driver and the server's time zone.
      sql<string | null>`n.inspected_on::text`.as('inspected_day'),
    ]);
}
export type InspectionView = InspectionRow & {
  enterprise_name: string;
  credit_code: string;
  plan_name: string;
  plan_items: { id: string; name: string; legalBasis: string; method: string }[];
  overdue: boolean;
  inspected_day: string | null;
};

/** The plan's inspections of every draw, the current draw's first, in draw order. */
export function planInspections(db: Executor, agencyId: string, planId: string) {
  return inspections(db)
    .where('n.agency_id', '=', agencyId)
    .where('n.plan_id', '=', planId)
    .orderBy('n.void')
    .orderBy('n.position')
    .execute();
}

/** The agency's current inspections (at most 500), of one plan or of one inspector's teams. */
export function listInspections(
  db: Executor,
  agencyId: string,
  filter: { planId?: string; member?: string },
) {
  let query = inspections(db).where('n.agency_id', '=', agencyId).where('n.void', '=', false);
  if (filter.planId) query = query.where('n.plan_id', '=', filter.planId);
  if (filter.member) {
    query = query.where(sql<boolean>`n.team @> ${JSON.stringify([filter.member])}::text::jsonb`);
  }
  return query.orderBy('n.plan_id').orderBy('n.position').limit(500).execute();
}

export function findInspection(db: Executor, agencyId: string, id: string) {
  return inspections(db)
    .where('n.id', '=', id)
    .where('n.agency_id', '=', agencyId)
    .executeTakeFirst();
}

/** Inspections of agencies in the subtree at `path` whose publication is overdue at `now`. */
function overdueUnder(db: Executor, path: string, now: Date) {
  return inspections(db, now)
    .innerJoin('agency as a', 'a.id', 'n.agency_id')
    .innerJoin('jurisdiction as aj', 'aj.code', 'a.jurisdiction_code')
    .where(pathUnder('aj.path', path))
    .where(publicationOverdue(now));
}

export async function countOverdue(db: Executor, path: string, now: Date) {
  const rows = await overdueUnder(db, path, now).select('n.id').execute();
  return rows.length;
}

/** The first 500, the earliest deadline first. */
export function listOverdue(db: Executor, path: string, now: Date) {
  return overdueUnder(db, path, now).orderBy('n.publish_due_at').limit(500).execute();
}

/** The agency's published results (at most 500), the latest first. */
export function listPublished(db: Executor, agencyId: string) {
  return inspections(db)
    .where('n.agency_id', '=', agencyId)
    .where('n.state', '=', 'published')
    .orderBy('n.published_at', 'desc')
    .limit(500)
    .execute();
}

/** The inspection's row, locked until the transaction ends. */
export function lockInspection(db: Executor, id: string) {
  return db
    .selectFrom('inspection')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function planItems(db: Executor, planId: string) {
  const plan = await db
    .selectFrom('inspection_plan')
    .select('items')
    .where('id', '=', planId)
    .executeTakeFirstOrThrow();
  return plan.items;
}

/** What a hazard registered at the enterprise needs to know of it. */
export function enterprisePlace(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('enterprise')
    .select(['id', 'jurisdiction_code'])
    .where('id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
}

export async function updateInspection(
  db: Executor,
  enterpriseId: string,
  id: string,
  set: Updateable<Database['inspection']>,
) {
  await db
    .updateTable('inspection')
    .set(set)
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

/** The inspector an account records for, in its agency. */
export async function inspectorOfUser(db: Executor, agencyId: string, userId: string) {
  const row = await db
    .selectFrom('inspector')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function teamMembers(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name: string; badge: string }>();
  const rows = await db
    .selectFrom('inspector')
    .select(['id', 'name', 'badge_number'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, badge: r.badge_number }]));
}

export async function hazardStates(db: Executor, pairs: { enterpriseId: string; id: string }[]) {
  if (pairs.length === 0)
    return new Map<
      string,
      { state: HazardState; grade: HazardGrade | null; description: string }
    >();
  const rows = await db
    .selectFrom('hazard')
    .select(['id', 'state', 'grade', 'description'])
    .where((eb) =>
      eb.or(
        pairs.map((p) => eb.and([eb('enterprise_id', '=', p.enterpriseId), eb('id', '=', p.id)])),
      ),
    )
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

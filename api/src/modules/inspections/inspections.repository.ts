import type { Executor, HazardGrade, HazardState, InspectionRow } from '@shuangfang/db';
import { sql } from 'kysely';

// Reads of inspections with what their pages show: the enterprise, the plan and its items.

/** Derived, never stored: recorded, not yet published, and past the publication deadline. */
export const publicationOverdue = (now: Date) =>
  sql<boolean>`coalesce(n.state = 'recorded' and not n.void and n.publish_due_at < ${now}, false)`;

export function inspections(db: Executor, now = new Date()) {
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

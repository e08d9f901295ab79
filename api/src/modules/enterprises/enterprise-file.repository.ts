import type { Executor } from '@shuangfang/db';
import { sql } from 'kysely';
import { overdue } from '../hazards/hazards.repository.js';
import { late } from '../reports/reports.repository.js';

// 一企一档: what a regulator reads about one enterprise, each section from its own table and
// always filtered on the enterprise (docs/architecture.md, tenancy). The service checked the
// enterprise is in the caller's scope first. Lists are short (the newest, or the most pressing);
// the section's totals and the link to its full list tell the rest.

const OPEN_STATES = ['reported', 'rectifying', 'awaiting_acceptance'] as const;
const ITEMS = 10;

/** Current risk events per grade (ungraded: not yet assessed), and the areas of the 四色图. */
export async function riskSummary(db: Executor, enterpriseId: string) {
  const grades = await db
    .selectFrom('risk_event as v')
    .where('v.enterprise_id', '=', enterpriseId)
    .where('v.archived_at', 'is', null)
    .select(['v.grade', sql<number>`count(*)::int`.as('n')])
    .groupBy('v.grade')
    .execute();
  const objects = await db
    .selectFrom('risk_object as o')
    .where('o.enterprise_id', '=', enterpriseId)
    .where('o.archived_at', 'is', null)
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(o.polygon)::int`.as('drawn'),
    ])
    .executeTakeFirstOrThrow();
  return { grades, objects };
}

export async function hazardCounts(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('hazard as h')
    .where('h.enterprise_id', '=', enterpriseId)
    .where('h.state', 'in', OPEN_STATES)
    .select([
      sql<number>`count(*)::int`.as('open'),
      sql<number>`(count(*) filter (where ${overdue}))::int`.as('overdue'),
      sql<number>`(count(*) filter (where h.grade = '重大'))::int`.as('major'),
    ])
    .executeTakeFirstOrThrow();
}

/** Open hazards, the overdue ones first, then by deadline. */
export function openHazards(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('hazard as h')
    .where('h.enterprise_id', '=', enterpriseId)
    .where('h.state', 'in', OPEN_STATES)
    .select([
      'h.id',
      'h.description',
      'h.grade',
      'h.state',
      'h.deadline',
      'h.created_at',
      overdue.as('overdue'),
    ])
    .orderBy(sql`${overdue} desc`)
    .orderBy(sql`h.deadline asc nulls last`)
    .orderBy('h.id')
    .limit(ITEMS)
    .execute();
}

export function supervisions(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('hazard_supervision as s')
    .innerJoin('hazard as h', (j) =>
      j.onRef('h.enterprise_id', '=', 's.enterprise_id').onRef('h.id', '=', 's.hazard_id'),
    )
    .where('s.enterprise_id', '=', enterpriseId)
    .select([
      's.id',
      's.number',
      's.state',
      's.deadline',
      's.listed_at',
      'h.id as hazard_id',
      'h.description as hazard_description',
    ])
    .orderBy('s.listed_at', 'desc')
    .limit(ITEMS)
    .execute();
}

export function inspections(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('inspection as n')
    .innerJoin('inspection_plan as p', 'p.id', 'n.plan_id')
    .where('n.enterprise_id', '=', enterpriseId)
    .where('n.void', '=', false)
    .select([
      'n.id',
      'n.state',
      'n.inspected_on',
      'n.published_at',
      'p.name as plan_name',
      sql<number>`coalesce(jsonb_array_length(n.findings), 0)::int`.as('findings'),
    ])
    .orderBy(sql`n.inspected_on desc nulls first`)
    .orderBy('n.id')
    .limit(ITEMS)
    .execute();
}

export async function reportCounts(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('report as r')
    .where('r.enterprise_id', '=', enterpriseId)
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`(count(*) filter (where ${late}))::int`.as('late'),
    ])
    .executeTakeFirstOrThrow();
}

/** The newest reports by due time; late: submitted after the deadline, or not yet and past it. */
export function reports(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('report as r')
    .where('r.enterprise_id', '=', enterpriseId)
    .select([
      'r.id',
      'r.kind',
      'r.period',
      'r.state',
      'r.due_at',
      'r.submitted_at',
      late.as('late'),
    ])
    .orderBy('r.due_at', 'desc')
    .orderBy('r.id')
    .limit(ITEMS)
    .execute();
}

export function certificates(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('standardization_certificate as c')
    .where('c.enterprise_id', '=', enterpriseId)
    .select([
      'c.id',
      'c.number',
      'c.level',
      'c.state',
      sql<string>`c.valid_from::text`.as('valid_from'),
      sql<string>`c.valid_to::text`.as('valid_to'),
    ])
    .orderBy('c.granted_at', 'desc')
    .limit(ITEMS)
    .execute();
}

export function blacklistEntries(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('blacklist_entry as b')
    .where('b.enterprise_id', '=', enterpriseId)
    .select(['b.id', 'b.state', 'b.reason', 'b.listed_at', 'b.listed_until', 'b.proposed_at'])
    .orderBy('b.proposed_at', 'desc')
    .limit(ITEMS)
    .execute();
}

export async function tipoffs(db: Executor, enterpriseId: string) {
  const [items, total] = await Promise.all([
    db
      .selectFrom('tipoff as t')
      .where('t.enterprise_id', '=', enterpriseId)
      .select(['t.id', 't.kind', 't.state', 't.filed_at'])
      .orderBy('t.filed_at', 'desc')
      .limit(ITEMS)
      .execute(),
    db
      .selectFrom('tipoff as t')
      .where('t.enterprise_id', '=', enterpriseId)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}

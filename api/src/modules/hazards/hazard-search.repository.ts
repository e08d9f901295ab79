import type {
  Database,
  Executor,
  HazardGrade,
  HazardSource,
  HazardState,
  Industry,
} from '@shuangfang/db';
import { sql, type SelectQueryBuilder } from 'kysely';
import { pathUnder, SMALL_SUBTREE } from '../../auth/scope.js';
import { hazardCriterion } from '../criteria/criteria.repository.js';
import { searchHazardsJoinFirst } from './hazard-search.join-first.js';
import { overdue } from './hazards.repository.js';

// Hazards across enterprises, with what a regulator's list and the 台账 show beside each one:
// the enterprise, where it is in the register, and who accepted it. The scope is either one
// enterprise (its own ledger) or a jurisdiction subtree (a regulator), decided by the service.
//
// A page is read in two steps inside one statement: its keys first, from an index whose order is
// the page's (newest first by (created_at, id)), then the joins for the kept rows only
// (docs/performance.md, P1). How the keys are reached depends on the scope:
// - one enterprise: `hazard_state` / `hazard_created`, led by the enterprise;
// - a subtree of few jurisdictions (a county, a city): one index scan per jurisdiction on
//   `hazard_jurisdiction_state` / `hazard_jurisdiction_recent`, merged in order, so a page reads
//   about a page of index entries plus one per jurisdiction;
// - a larger subtree (the province): newest first over all hazards (`hazard_recent`), keeping
//   those of the subtree's jurisdictions, which at that breadth is most of them.

/** A subtree scope may carry its codes as the session read them (`ActingMembership.subtreeCodes`). */
export type SearchScope =
  { enterpriseId: string } | { jurisdictionPath: string; subtreeCodes?: string[] | null };

export interface SearchFilters {
  state?: HazardState;
  grade?: HazardGrade;
  source?: HazardSource;
  overdue?: boolean;
  /** Not yet closed: the dashboard's 未销号 (reported, rectifying, awaiting acceptance). */
  open?: boolean;
  industry?: Industry;
  /** A jurisdiction inside the scope: only its subtree. */
  underPath?: string;
  enterpriseId?: string;
  /** One hazard: a link that names no enterprise finds the hazard's enterprise by it. */
  hazardId?: string;
  criterionItemId?: string;
  /** Linked, yet confirmed 一般 with the item declared not applicable. */
  criterionDismissed?: boolean;
  /** Closed within [from, to): the dashboard's 本期销号. */
  closedWithin?: { from: Date; to: Date };
}

/** How a page's keys are reached (see the top of this file). */
export type KeyPlan =
  | { by: 'enterprise'; enterpriseId: string; paths: string[] }
  | { by: 'jurisdictions'; codes: string[] }
  | { by: 'recent'; paths: string[] };

type HazardQuery = SelectQueryBuilder<Database & { h: Database['hazard'] }, 'h', object>;

const subtreePaths = (scope: SearchScope, f: SearchFilters) =>
  ['jurisdictionPath' in scope ? scope.jurisdictionPath : null, f.underPath ?? null].filter(
    (p): p is string => p !== null,
  );

/** The jurisdictions whose path lies under every one of `paths`. */
const codesUnder = (db: Executor, paths: string[]) =>
  db
    .selectFrom('jurisdiction as j')
    .select('j.code')
    .$call((q) => paths.reduce((acc, p) => acc.where(pathUnder('j.path', p)), q));

/**
 * Chooses how the keys are read. A subtree's jurisdictions come with the scope when the session
 * read them (and no narrower jurisdiction is asked for); otherwise a small indexed read finds them.
 * Beyond `SMALL_SUBTREE` of them one scan per jurisdiction costs more than it saves.
 */
export async function keyPlan(
  db: Executor,
  scope: SearchScope,
  f: SearchFilters,
): Promise<KeyPlan> {
  const paths = subtreePaths(scope, f);
  if ('enterpriseId' in scope) return { by: 'enterprise', enterpriseId: scope.enterpriseId, paths };
  if (f.enterpriseId) return { by: 'enterprise', enterpriseId: f.enterpriseId, paths };
  const known = f.underPath ? undefined : scope.subtreeCodes;
  const codes =
    known !== undefined
      ? known
      : (await codesUnder(db, paths).orderBy('j.code').execute()).map((r) => r.code);
  return codes && codes.length <= SMALL_SUBTREE
    ? { by: 'jurisdictions', codes }
    : { by: 'recent', paths };
}

/** The filters every key read applies, on the hazard row (and its enterprise for the industry). */
function filtered(q: HazardQuery, f: SearchFilters, after?: [Date, string]): HazardQuery {
  return q
    .$if(!!f.industry, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('enterprise as fe')
            .select(sql.lit(1).as('one'))
            .whereRef('fe.id', '=', 'h.enterprise_id')
            .where('fe.industry', '=', f.industry!),
        ),
      ),
    )
    .$if(!!f.hazardId, (q) => q.where('h.id', '=', f.hazardId!))
    .$if(!!f.criterionItemId, (q) => q.where('h.criteria_item_id', '=', f.criterionItemId!))
    .$if(f.criterionDismissed === true, (q) => q.where('h.criteria_dismissal', 'is not', null))
    .$if(f.criterionDismissed === false, (q) =>
      q.where('h.criteria_item_id', 'is not', null).where('h.criteria_dismissal', 'is', null),
    )
    .$if(!!f.state, (q) => q.where('h.state', '=', f.state!))
    .$if(!!f.grade, (q) => q.where('h.grade', '=', f.grade!))
    .$if(!!f.open, (q) =>
      q.where('h.state', 'in', ['reported', 'rectifying', 'awaiting_acceptance']),
    )
    .$if(!!f.source, (q) => q.where('h.source', '=', f.source!))
    .$if(!!f.closedWithin, (q) =>
      q
        .where('h.closed_at', '>=', f.closedWithin!.from)
        .where('h.closed_at', '<', f.closedWithin!.to),
    )
    .$if(f.overdue === true, (q) =>
      q
        .where('h.deadline', '<', sql<Date>`now()`)
        .where('h.state', 'not in', ['closed', 'rejected']),
    )
    .$if(f.overdue === false, (q) => q.where(sql<boolean>`not ${overdue}`))
    .$if(!!after, (q) =>
      q.where((eb) => eb(eb.refTuple('h.created_at', 'h.id'), '<', eb.tuple(after![0], after![1]))),
    );
}

/**
 * One key read: the newest `limit + 1` matching hazards of `where`, newest first. A page reads the
 * rows themselves from the key index's scan (one heap fetch per kept entry, no second descent by
 * primary key); a count reads the keys alone, from the index.
 */
function keysWhere(
  db: Executor,
  f: SearchFilters,
  limit: number,
  after: [Date, string] | undefined,
  where: (q: HazardQuery) => HazardQuery,
) {
  return filtered(db.selectFrom('hazard as h').$call(where), f, after)
    .selectAll('h')
    .orderBy('h.created_at', 'desc')
    .orderBy('h.id', 'desc')
    .limit(limit + 1);
}

/** What every shape of key read yields: the page's hazards, newest first. */
type KeysQuery = ReturnType<typeof keysWhere>;

/** The page's hazards, in page order. */
function pageKeys(
  db: Executor,
  plan: KeyPlan,
  f: SearchFilters,
  limit: number,
  after?: [Date, string],
): KeysQuery {
  const keys = (where: (q: HazardQuery) => HazardQuery) => keysWhere(db, f, limit, after, where);
  if (plan.by === 'enterprise') {
    // A filter naming an enterprise still answers only inside the subtree (nothing otherwise).
    return keys((q) =>
      q
        .where('h.enterprise_id', '=', plan.enterpriseId)
        .$if(plan.paths.length > 0, (q) =>
          q.where('h.jurisdiction_code', 'in', codesUnder(db, plan.paths)),
        ),
    );
  }
  if (plan.by === 'recent') {
    return keys((q) => q.where('h.jurisdiction_code', 'in', codesUnder(db, plan.paths)));
  }
  // One ordered scan per jurisdiction; the outer ORDER BY … LIMIT merges them (Merge Append),
  // reading each only as far as the page needs.
  const [first, ...rest] = plan.codes.map((code, i) =>
    db.selectFrom(keys((q) => q.where('h.jurisdiction_code', '=', code)).as(`k${i}`)).selectAll(),
  );
  if (!first) return keys((q) => q.where(sql.lit(false)));
  const merged = rest.reduce((acc, q) => acc.unionAll(q), first);
  // The merge yields the same columns as one key read; only its builder type differs.
  return db
    .selectFrom(merged.as('m'))
    .selectAll('m')
    .orderBy('m.created_at', 'desc')
    .orderBy('m.id', 'desc')
    .limit(limit + 1) as unknown as KeysQuery;
}

/** The page (at most `limit + 1` rows) as one statement: its hazards, then the joins. */
export function keyedSearch(
  db: Executor,
  plan: KeyPlan,
  f: SearchFilters,
  limit: number,
  after?: [Date, string],
) {
  return db
    .selectFrom(pageKeys(db, plan, f, limit, after).as('h'))
    .innerJoin('enterprise as e', 'e.id', 'h.enterprise_id')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .innerJoin('app_user as r', 'r.id', 'h.reporter_id')
    .leftJoin('risk_object as o', (join) =>
      join.onRef('o.enterprise_id', '=', 'h.enterprise_id').onRef('o.id', '=', 'h.risk_object_id'),
    )
    .leftJoin('risk_unit as u', (join) =>
      join.onRef('u.enterprise_id', '=', 'h.enterprise_id').onRef('u.id', '=', 'h.risk_unit_id'),
    )
    .selectAll('h')
    .select([
      'r.display_name as reporter_name',
      overdue.as('overdue'),
      'e.name as enterprise_name',
      'e.industry as enterprise_industry',
      'j.name as jurisdiction_name',
      'o.name as risk_object_name',
      'u.name as risk_unit_name',
      hazardCriterion.as('criterion'),
    ])
    .select((eb) =>
      eb
        .selectFrom('hazard_event as ev')
        .select('ev.actor_name')
        .whereRef('ev.enterprise_id', '=', 'h.enterprise_id')
        .whereRef('ev.hazard_id', '=', 'h.id')
        .where('ev.action', '=', 'accept')
        .orderBy('ev.seq', 'desc')
        .limit(1)
        .as('acceptor_name'),
    )
    .orderBy('h.created_at', 'desc')
    .orderBy('h.id', 'desc');
}

/** How many hazards match, counting no further than `cap + 1`: from the key indexes alone. */
export async function countCapped(db: Executor, plan: KeyPlan, f: SearchFilters, cap: number) {
  const row = await db
    .selectFrom(pageKeys(db, plan, f, cap).as('k'))
    // The page-keys query is a union of shapes; count(*) spelled out keeps its type simple.
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The bench measures the earlier shape through the same app (docs/performance.md). */
const JOIN_FIRST = process.env.SHUANGFANG_HAZARD_SEARCH === 'join-first';

/** Newest first by (created_at, id), `limit + 1` rows at most (the extra one says "more"). */
export async function searchHazards(
  db: Executor,
  scope: SearchScope,
  f: SearchFilters,
  limit: number,
  after?: [Date, string],
): Promise<SearchRow[]> {
  if (JOIN_FIRST) return searchHazardsJoinFirst(db, scope, f, limit, after);
  return keyedSearch(db, await keyPlan(db, scope, f), f, limit, after).execute();
}

export type SearchRow = Awaited<ReturnType<ReturnType<typeof keyedSearch>['execute']>>[number];

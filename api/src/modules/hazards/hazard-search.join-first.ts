import type { Executor } from '@shuangfang/db';
import { sql } from 'kysely';
import { pathUnder } from '../../auth/scope.js';
import { hazardCriterion } from '../criteria/criteria.repository.js';
import { overdue } from './hazards.repository.js';

import type { SearchFilters, SearchScope } from './hazard-search.repository.js';

// The hazard search as it was before the page's keys were read first (docs/performance.md, P1):
// every candidate row is joined, then sorted, then cut to the page. Kept as the reference the
// equivalence test compares the keyed search with, and for the bench to measure against
// (SHUANGFANG_HAZARD_SEARCH=join-first). Same rows, same order, same columns.

export function joinFirstSearch(
  db: Executor,
  scope: SearchScope,
  f: SearchFilters,
  limit: number,
  after?: [Date, string],
) {
  return db
    .selectFrom('hazard as h')
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
      'e.jurisdiction_code as jurisdiction_code',
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
    .$call((q) =>
      'enterpriseId' in scope
        ? q.where('h.enterprise_id', '=', scope.enterpriseId)
        : q.where(pathUnder('j.path', scope.jurisdictionPath)),
    )
    .$if(!!f.underPath, (q) => q.where(pathUnder('j.path', f.underPath!)))
    .$if(!!f.enterpriseId, (q) => q.where('h.enterprise_id', '=', f.enterpriseId!))
    .$if(!!f.industry, (q) => q.where('e.industry', '=', f.industry!))
    .$if(!!f.criterionItemId, (q) => q.where('h.criteria_item_id', '=', f.criterionItemId!))
    .$if(f.criterionDismissed === true, (q) => q.where('h.criteria_dismissal', 'is not', null))
    .$if(f.criterionDismissed === false, (q) =>
      q.where('h.criteria_item_id', 'is not', null).where('h.criteria_dismissal', 'is', null),
    )
    .$if(!!f.state, (q) => q.where('h.state', '=', f.state!))
    .$if(!!f.grade, (q) => q.where('h.grade', '=', f.grade!))
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
    )
    .orderBy('h.created_at', 'desc')
    .orderBy('h.id', 'desc')
    .limit(limit + 1);
}

export const searchHazardsJoinFirst = (...args: Parameters<typeof joinFirstSearch>) =>
  joinFirstSearch(...args).execute();

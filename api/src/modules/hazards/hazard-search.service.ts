import type { z } from '@hono/zod-openapi';
import type { Db } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { requireEnterpriseInScope, requireJurisdictionInScope } from '../../auth/scope.js';
import { forbidden } from '../../lib/errors.js';
import { decodeTimeCursor, toPage } from '../../lib/pagination.js';
import { dayRange } from '../dashboard/dashboard-period.js';
import { hazardDto } from './hazards.dto.js';
import type { ListQuery, SearchQuery } from './hazards.schemas.js';
import {
  searchHazards,
  type SearchFilters,
  type SearchRow,
  type SearchScope,
} from './hazard-search.repository.js';

// A regulator reads its subtree's hazards; the filters it sends (a jurisdiction, an enterprise)
// are checked to lie inside that subtree first, so a neighbour's code answers 404 rather than an
// empty page that would confirm it exists.

type Paging = 'limit' | 'cursor';
export type ListFilters = Omit<z.infer<typeof ListQuery>, Paging>;
export type SubtreeFilters = Omit<z.infer<typeof SearchQuery>, Paging>;

const baseFilters = (q: ListFilters): SearchFilters => ({
  state: q.state,
  grade: q.grade,
  source: q.source,
  overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
});

/** The agency's subtree and the filters narrowing it, each checked to be in scope. */
export async function agencySearch(db: Db, m: ActingMembership, q: SubtreeFilters) {
  if (!m.agencyId || !m.jurisdictionPath) throw forbidden();
  const scope: SearchScope = {
    jurisdictionPath: m.jurisdictionPath,
    subtreeCodes: m.subtreeCodes,
  };
  const filters: SearchFilters = {
    ...baseFilters(q),
    industry: q.industry,
    open: q.open === 'true' || undefined,
    hazardId: q.hazardId,
    criterionItemId: q.criterionItemId,
    criterionDismissed:
      q.criterionDismissed === undefined ? undefined : q.criterionDismissed === 'true',
  };
  filters.closedWithin = dayRange(q.closedFrom, q.closedTo, 'closedTo');
  if (q.jurisdictionCode) {
    filters.underPath = (await requireJurisdictionInScope(db, m, q.jurisdictionCode)).path;
  }
  if (q.enterpriseId) {
    filters.enterpriseId = (await requireEnterpriseInScope(db, m, q.enterpriseId)).id;
  }
  return { scope, filters };
}

/** One enterprise's own hazards (its managers, or a regulator in scope). */
export async function enterpriseSearch(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  q: ListFilters,
) {
  const enterprise = await requireEnterpriseInScope(db, m, enterpriseId);
  return { scope: { enterpriseId: enterprise.id } as SearchScope, filters: baseFilters(q) };
}

export async function searchPage(
  db: Db,
  search: { scope: SearchScope; filters: SearchFilters },
  limit: number,
  cursor: string | undefined,
) {
  const rows = await searchHazards(
    db,
    search.scope,
    search.filters,
    limit,
    decodeTimeCursor(cursor),
  );
  return toPage(rows, limit, (h) => [new Date(h.created_at).toISOString(), h.id]);
}

const acrossDto = (h: SearchRow) => ({
  ...hazardDto(h),
  enterprise: {
    id: h.enterprise_id,
    name: h.enterprise_name,
    industry: h.enterprise_industry,
    jurisdictionCode: h.jurisdiction_code,
    jurisdictionName: h.jurisdiction_name,
  },
});

/** `GET /hazards`: the subtree's hazards for a regulator, newest first. */
export async function listAcross(db: Db, m: ActingMembership, q: z.infer<typeof SearchQuery>) {
  const page = await searchPage(db, await agencySearch(db, m, q), q.limit, q.cursor);
  return { items: page.items.map(acrossDto), nextCursor: page.nextCursor };
}

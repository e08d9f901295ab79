import type { Reply } from '$lib/api/types';
import { filterQuery, hazardFilter, type HazardFilter } from '$lib/hazard-filter';
import { pageLinks } from '$lib/paging';
import { ok, type Api } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { can, membershipOf } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 30;

type ListQuery = HazardFilter & { cursor?: string; limit: number };

/** One enterprise's hazards (a worker's answer holds only their own) and what its list offers. */
async function enterpriseList(api: Api, enterpriseId: string, query: ListQuery) {
  const page = await ok(
    api.GET('/api/v1/enterprises/{enterpriseId}/hazards', {
      params: { path: { enterpriseId }, query },
    }),
  );
  return { ...page, items: page.items.map((h) => ({ ...h, enterpriseName: null })) };
}

/** A regulator's whole subtree, with the enterprise of each hazard. */
async function subtreeList(api: Api, query: ListQuery) {
  const page = await ok(api.GET('/api/v1/hazards', { params: { query } }));
  const actions: Reply<'hazards.list'>['actions'] = [];
  return {
    ...page,
    items: page.items.map((h) => ({ ...h, enterpriseName: h.enterprise.name })),
    actions,
  };
}

// The hazard list: an enterprise's own, or for a regulator the whole subtree with the filters of
// industry, jurisdiction and enterprise.
export const load: PageServerLoad = async ({ locals, url }) => {
  const { enterpriseId } = membershipOf(locals);
  const regulator = enterpriseId === null;
  const filter = hazardFilter(url, regulator);
  const query = {
    ...filter,
    cursor: url.searchParams.get('cursor') || undefined,
    limit: PAGE_SIZE,
  };
  const [page, jurisdictions] = await Promise.all([
    enterpriseId ? enterpriseList(locals.api, enterpriseId, query) : subtreeList(locals.api, query),
    regulator
      ? ok(locals.api.GET('/api/v1/jurisdictions')).then((r) => r.items)
      : Promise.resolve([]),
  ]).catch(pageError);
  return {
    filter,
    regulator,
    hazards: page.items.map((h) => ({
      ...h,
      href: regulator ? `/hazards/${h.id}?enterprise=${h.enterpriseId}` : `/hazards/${h.id}`,
    })),
    links: pageLinks(url, page.nextCursor),
    jurisdictions,
    actions: page.actions,
    canLedger: can(
      locals,
      regulator ? 'hazardLedger.subtreeLedger' : 'hazardLedger.enterpriseLedger',
    ),
    ledgerHref: '/hazards/ledger' + filterQuery(filter),
  };
};

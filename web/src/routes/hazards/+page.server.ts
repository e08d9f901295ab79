import type { HazardWithEnterprise } from '$lib/hazard-types';
import { pageLinks } from '$lib/paging';
import { pageError } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import {
  filterQuery,
  HAZARD_MANAGERS,
  HAZARD_VIEWERS,
  hazardFilter,
  isRegulator,
} from '$lib/server/hazard-scope';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 30;

// The hazard list: an enterprise's own (a worker's API answer holds only their own), or a
// regulator's whole subtree with the filters of industry, jurisdiction and enterprise.
export const load: PageServerLoad = async ({ locals, url }) => {
  const membership = requireRole(locals, HAZARD_VIEWERS);
  const regulator = isRegulator(membership);
  const filter = hazardFilter(url, regulator);
  const cursor = url.searchParams.get('cursor') || undefined;
  const query = { ...filter, cursor, limit: PAGE_SIZE };
  const [page, jurisdictions] = await Promise.all([
    regulator
      ? locals.api.hazards.listSubtree(query)
      : locals.api.hazards.list(membership.enterpriseId!, query),
    regulator ? locals.api.jurisdictions.list().then((r) => r.items) : Promise.resolve([]),
  ]).catch(pageError);
  return {
    filter,
    regulator,
    hazards: page.items.map((h) => ({
      ...h,
      enterpriseName: (h as Partial<HazardWithEnterprise>).enterprise?.name ?? null,
      href: regulator ? `/hazards/${h.id}?enterprise=${h.enterpriseId}` : `/hazards/${h.id}`,
    })),
    links: pageLinks(url, page.nextCursor),
    jurisdictions,
    canRegister: HAZARD_MANAGERS.includes(membership.role),
    canLedger: membership.role !== 'worker',
    ledgerHref: '/hazards/ledger' + filterQuery(filter),
  };
};

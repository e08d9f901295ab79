import { pageLinks } from '$lib/paging';
import { pageError } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import { filterQuery, hazardFilter, isRegulator, LEDGER_VIEWERS } from '$lib/server/hazard-scope';
import type { PageServerLoad } from './$types';

// 隐患排查治理台账: the same rows and columns as the spreadsheet, a page at a time.
export const load: PageServerLoad = async ({ locals, url }) => {
  const membership = requireRole(locals, LEDGER_VIEWERS);
  const regulator = isRegulator(membership);
  const filter = hazardFilter(url, regulator);
  const cursor = url.searchParams.get('cursor') || undefined;
  const [page, jurisdictions] = await Promise.all([
    regulator
      ? locals.api.hazards.subtreeLedger({ ...filter, cursor })
      : locals.api.hazards.ledger(membership.enterpriseId!, { ...filter, cursor }),
    regulator ? locals.api.jurisdictions.list().then((r) => r.items) : Promise.resolve([]),
  ]).catch(pageError);
  const offset = (pageLinks(url, page.nextCursor).pageNumber - 1) * 50;
  return {
    filter,
    regulator,
    rows: page.items.map((row, i) => ({
      ...row,
      n: offset + i + 1,
      href: regulator ? `/hazards/${row.id}?enterprise=${row.enterpriseId}` : `/hazards/${row.id}`,
    })),
    links: pageLinks(url, page.nextCursor),
    jurisdictions,
    downloadHref: '/hazards/ledger/download.xlsx' + filterQuery(filter),
  };
};

import { pageLinks } from '$lib/paging';
import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { membershipOf } from '$lib/server/guard';
import { filterQuery, hazardFilter } from '$lib/hazard-filter';
import type { PageServerLoad } from './$types';

// 隐患排查治理台账: the same rows and columns as the spreadsheet, a page at a time: the
// enterprise's own, or a regulator's subtree.
export const load: PageServerLoad = async ({ locals, url }) => {
  const { enterpriseId } = membershipOf(locals);
  const regulator = enterpriseId === null;
  const filter = hazardFilter(url, regulator);
  const query = { ...filter, cursor: url.searchParams.get('cursor') || undefined };
  const [page, jurisdictions] = await Promise.all([
    enterpriseId
      ? ok(
          locals.api.GET('/api/v1/enterprises/{enterpriseId}/hazard-ledger', {
            params: { path: { enterpriseId }, query },
          }),
        )
      : ok(locals.api.GET('/api/v1/hazard-ledger', { params: { query } })),
    regulator
      ? ok(locals.api.GET('/api/v1/jurisdictions')).then((r) => r.items)
      : Promise.resolve([]),
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

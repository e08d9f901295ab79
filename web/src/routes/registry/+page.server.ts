import { filterFrom, filterQuery } from '$lib/enterprise-filter';
import { pageLinks } from '$lib/paging';
import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { can } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

// 检查对象名录库: the enterprises of the agency's subtree, filtered and paged.
export const load: PageServerLoad = async ({ locals, url }) => {
  const filter = filterFrom(url.searchParams);
  const query = {
    ...filter,
    cursor: url.searchParams.get('cursor') || undefined,
    limit: PAGE_SIZE,
  };
  const [page, jurisdictions] = await Promise.all([
    ok(locals.api.GET('/api/v1/enterprises', { params: { query } })),
    ok(locals.api.GET('/api/v1/jurisdictions')),
  ]).catch(pageError);
  return {
    filter,
    enterprises: page.items,
    total: page.total,
    links: pageLinks(url, page.nextCursor),
    jurisdictions: jurisdictions.items,
    canManage: can(locals, 'enterprises.create'),
    exportHref: '/registry/export.xlsx' + filterQuery(filter),
  };
};

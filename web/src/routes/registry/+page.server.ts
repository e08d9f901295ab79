import { filterFrom, filterQuery } from '$lib/enterprise-filter';
import { pageLinks } from '$lib/paging';
import { pageError } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async ({ locals, url }) => {
  const membership = requireRole(locals, ['agency_admin', 'inspector']);
  const filter = filterFrom(url.searchParams);
  const cursor = url.searchParams.get('cursor') || undefined;
  const [page, jurisdictions] = await Promise.all([
    locals.api.enterprises.list({ ...filter, cursor, limit: PAGE_SIZE }),
    locals.api.jurisdictions.list(),
  ]).catch(pageError);
  return {
    filter,
    enterprises: page.items,
    total: page.total,
    links: pageLinks(url, page.nextCursor),
    jurisdictions: jurisdictions.items,
    canManage: membership.role === 'agency_admin',
    exportHref: '/registry/export.xlsx' + filterQuery(filter),
  };
};

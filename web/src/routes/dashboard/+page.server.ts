import { pageError } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

// The jurisdiction dashboard: the figures of the agency's subtree (or of any jurisdiction in it,
// `?jurisdiction=`), each child's in a table to drill down, and at a leaf its enterprises.

export const load: PageServerLoad = async ({ locals, url }) => {
  requireRole(locals, ['agency_admin', 'inspector', 'platform_admin']);
  const param = (name: string) => url.searchParams.get(name) || undefined;
  const dashboard = await locals.api.dashboard
    .get({ jurisdiction: param('jurisdiction'), from: param('from'), to: param('to') })
    .catch(pageError);
  // A leaf has no children to drill into: list its enterprises instead (the registry's list).
  const enterprises =
    dashboard.children.length === 0
      ? await locals.api.enterprises
          .list({ jurisdictionCode: dashboard.jurisdiction.code, active: 'true', limit: 100 })
          .catch(pageError)
      : null;
  return { dashboard, enterprises };
};

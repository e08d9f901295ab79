import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

// The jurisdiction dashboard: the figures of the agency's subtree (or of any jurisdiction in it,
// `?jurisdiction=`), each child's in a table to drill down, and at a leaf its enterprises.

export const load: PageServerLoad = async ({ locals, url }) => {
  const param = (name: string) => url.searchParams.get(name) || undefined;
  const query = { jurisdiction: param('jurisdiction'), from: param('from'), to: param('to') };
  const [dashboard, trend] = await Promise.all([
    ok(locals.api.GET('/api/v1/dashboard', { params: { query } })),
    ok(
      locals.api.GET('/api/v1/dashboard/hazard-trend', {
        params: { query: { jurisdiction: query.jurisdiction } },
      }),
    ),
  ]).catch(pageError);
  // A leaf has no children to drill into: list its enterprises instead (the registry's list).
  const enterprises =
    dashboard.children.length === 0
      ? await ok(
          locals.api.GET('/api/v1/enterprises', {
            params: {
              query: { jurisdictionCode: dashboard.jurisdiction.code, active: 'true', limit: 100 },
            },
          }),
        ).catch(pageError)
      : null;
  return { dashboard, trend, enterprises };
};

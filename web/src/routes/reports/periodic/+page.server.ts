import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { can } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

// 定期统计报告报送情况: one row per enterprise that owes the quarterly or annual report of a period,
// including those that never drafted it (late once the due time has passed), as the API builds it
// from what should exist. The agency sees its subtree, an enterprise itself.
export const load: PageServerLoad = async ({ locals, url }) => {
  const kind = url.searchParams.get('kind') === 'annual' ? 'annual' : 'quarterly';
  const period = url.searchParams.get('period')?.trim() || undefined;
  const late = url.searchParams.get('late') === 'true';
  const query = {
    kind,
    period,
    late: late ? ('true' as const) : undefined,
    cursor: url.searchParams.get('cursor') ?? undefined,
  } as const;
  const status = await ok(locals.api.GET('/api/v1/reports/periodic', { params: { query } })).catch(
    pageError,
  );
  return { status, kind, period: period ?? '', late, canOpen: can(locals, 'reports.getOne') };
};

import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import { listScope } from '$lib/server/list-scope';
import type { PageServerLoad } from './$types';

// 双随机 results recorded and not published by their deadline, across the subtree's agencies —
// the dashboard's 抽查逾期未公开 — narrowed to a jurisdiction by `?jurisdictionCode=`.
export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperation(locals, 'inspections.overduePublications');
  const scope = await listScope(locals, url).catch(pageError);
  const overdue = await ok(
    locals.api.GET('/api/v1/inspections/overdue-publications', {
      params: { query: { jurisdiction: scope.jurisdictionCode } },
    }),
  ).catch(pageError);
  return { scope, overdue };
};

import { SUPERVISION_STATES, type SupervisionState } from '@shuangfang/db/enums';
import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import { listScope } from '$lib/server/list-scope';
import type { PageServerLoad } from './$types';

// 挂牌督办 of the agency's subtree (its own and those of the agencies below), each with the
// hazard's state and whether it is overdue; narrowed to a jurisdiction from a dashboard tile.
export const load: PageServerLoad = async ({ locals, url }) => {
  const membership = requireOperation(locals, 'supervision.list');
  const state = url.searchParams.get('state') ?? '';
  const filter = {
    // A state not in the list is no filter.
    state: SUPERVISION_STATES.find((s): s is SupervisionState => s === state),
    overdue: url.searchParams.get('overdue') === 'true' ? ('true' as const) : undefined,
    mine: url.searchParams.get('mine') === 'true' ? ('true' as const) : undefined,
  };
  const scope = await listScope(locals, url).catch(pageError);
  const query = {
    ...filter,
    jurisdictionCode: scope.jurisdictionCode,
    cursor: url.searchParams.get('cursor') ?? undefined,
  };
  const page = await ok(locals.api.GET('/api/v1/supervisions', { params: { query } })).catch(
    pageError,
  );
  return { page, filter, scope, agencyId: membership.agencyId };
};

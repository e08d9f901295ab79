import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { can, enterpriseOf, requireOperation } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

// 工作台: the enterprise's people land here. The API decides what is on the caller's list; the
// page only lays it out.
export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperation(locals, 'workbench.get');
  const { enterpriseId, query } = enterpriseOf(locals, url);
  const workbench = await ok(
    locals.api.GET('/api/v1/enterprises/{enterpriseId}/workbench', {
      params: { path: { enterpriseId } },
    }),
  ).catch(pageError);
  return { workbench, query, snap: can(locals, 'hazards.register') };
};

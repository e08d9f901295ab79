import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { enterpriseName, riskScope } from '$lib/server/risk-scope';
import type { PageServerLoad } from './$types';

// What keeps the enterprise's 一图一牌三清单 from being complete, as the API judges it.
export const load: PageServerLoad = async ({ locals, url }) => {
  const scope = riskScope(locals, url);
  const [enterprise, completeness] = await Promise.all([
    enterpriseName(locals.api, scope.enterpriseId),
    ok(
      locals.api.GET('/api/v1/enterprises/{enterpriseId}/register-completeness', {
        params: { path: { enterpriseId: scope.enterpriseId } },
      }),
    ),
  ]).catch(pageError);
  return { enterprise, completeness, ...scope };
};

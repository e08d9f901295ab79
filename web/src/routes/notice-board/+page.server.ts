import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { enterpriseOf } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

// 信息公示栏: the enterprise's people (congress reps first of all) read their own enterprise's
// board; a regulator names one with ?enterprise= and the API checks it is in their jurisdiction.
export const load: PageServerLoad = async ({ locals, url }) => {
  const { enterpriseId } = enterpriseOf(locals, url);
  const board = await ok(
    locals.api.GET('/api/v1/enterprises/{enterpriseId}/notice-board', {
      params: {
        path: { enterpriseId },
        query: { cursor: url.searchParams.get('cursor') ?? undefined, limit: 200 },
      },
    }),
  ).catch(pageError);
  return { board };
};

import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

// 一公开: an agency's published random-inspection results and its draws, for anyone.
export const load: PageServerLoad = async ({ locals, params }) => ({
  results: await ok(
    locals.api.GET('/api/v1/public/agencies/{agencyId}/inspections', {
      params: { path: { agencyId: params.id } },
    }),
  ).catch(pageError),
});

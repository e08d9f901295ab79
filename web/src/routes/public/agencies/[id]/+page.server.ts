import { ApiError, ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

// An agency's public page, open to anyone: what it publishes (for now its 挂牌督办 listings and
// unlistings; other public sections may join later). Only what the public API gives is shown.
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const cursor = url.searchParams.get('cursor') ?? undefined;
  const supervisions = await ok(
    locals.api.GET('/api/v1/public/agencies/{agencyId}/supervisions', {
      params: { path: { agencyId: params.id }, query: { cursor } },
    }),
  ).catch((e: unknown) => {
    // A malformed id (422) is, to a visitor, as unknown as a missing agency.
    if (e instanceof ApiError && e.status === 422) {
      return pageError(new ApiError(404, 'NOT_FOUND', locals.t('errors.notFound')));
    }
    return pageError(e);
  });
  return { supervisions };
};

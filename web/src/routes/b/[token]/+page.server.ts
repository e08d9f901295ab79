import { ApiError, ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

// The live board behind a posted QR code: no login, the token is the key. It shows what the public
// API gives (the board's content) and nothing else about the enterprise.
export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
  const board = await ok(
    locals.api.GET('/api/v1/public/boards/{token}', { params: { path: { token: params.token } } }),
  ).catch((e: unknown) => {
    // A malformed token is refused by the API's validation (422); to whoever scanned it, it is
    // as unknown as a revoked one.
    if (e instanceof ApiError && e.status === 422) {
      return pageError(new ApiError(404, 'NOT_FOUND', locals.t('errors.notFound')));
    }
    return pageError(e);
  });
  // Live content: a phone must not show yesterday's grade from its cache.
  setHeaders({ 'cache-control': 'no-store' });
  return { board };
};

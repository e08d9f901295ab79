import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

// The gate screen (public, through the enterprise's revocable link): today's 承诺公告 in large
// type, reloading itself at the interval the API gives.
export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
  const screen = await ok(
    locals.api.GET('/api/v1/public/gate-screens/{token}', {
      params: { path: { token: params.token } },
    }),
  ).catch(pageError);
  setHeaders({ 'cache-control': 'no-store' });
  return { screen };
};

import { redirect } from '@sveltejs/kit';
import { ApiError, ok } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ locals, cookies, setHeaders }) => {
    try {
      await ok(locals.api.POST('/api/v1/auth/logout'));
    } catch (e) {
      // An already-expired session is as logged out as it gets.
      if (!(e instanceof ApiError && e.status === 401)) throw e;
    }
    cookies.delete('sf_session', { path: '/' });
    // A shared phone keeps nothing of this session: the pages the service worker kept and the
    // offline queue (web/src/service-worker.ts clears them too, before this request goes on).
    setHeaders({ 'clear-site-data': '"cache", "storage"' });
    redirect(303, '/login');
  },
};

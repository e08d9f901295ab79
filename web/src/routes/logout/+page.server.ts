import { redirect } from '@sveltejs/kit';
import { ApiError } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ locals, cookies }) => {
    try {
      await locals.api.auth.logout();
    } catch (e) {
      // An already-expired session is as logged out as it gets.
      if (!(e instanceof ApiError && e.status === 401)) throw e;
    }
    cookies.delete('sf_session', { path: '/' });
    redirect(303, '/login');
  },
};

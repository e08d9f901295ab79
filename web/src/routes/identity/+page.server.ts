import { redirect } from '@sveltejs/kit';
import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  // Switching identity lands on the new role's home: the current page may not exist for it.
  default: async ({ request, locals }) => {
    const membershipId = (await request.formData()).get('membershipId');
    if (typeof membershipId !== 'string') redirect(303, '/');
    await ok(locals.api.POST('/api/v1/auth/membership', { body: { membershipId } })).catch(
      pageError,
    );
    redirect(303, '/');
  },
};

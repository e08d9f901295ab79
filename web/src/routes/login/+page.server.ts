import { fail, redirect } from '@sveltejs/kit';
import { ApiError, ok } from '$lib/server/api';
import { actionFailure, textFields } from '$lib/server/errors';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const { login, password } = textFields(await request.formData(), ['login', 'password']);
    try {
      const me = await ok(locals.api.POST('/api/v1/auth/login', { body: { login, password } }));
      redirect(303, me.user.mustChangePassword ? '/password' : '/');
    } catch (e) {
      if (e instanceof ApiError && e.status === 429) {
        const seconds = e.retryAfter ?? 60;
        return fail(429, {
          message: locals.t('login.rateLimited', { seconds }),
          values: { login },
        });
      }
      if (e instanceof ApiError && e.status === 401) {
        return fail(401, { message: e.message, values: { login } });
      }
      return actionFailure(e, { login });
    }
  },
};

import { ok } from '$lib/server/api';
import { fail, redirect } from '@sveltejs/kit';
import { actionFailure, textFields } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
  forced: locals.me?.user.mustChangePassword ?? false,
});

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const fields = textFields(await request.formData(), [
      'currentPassword',
      'newPassword',
      'confirmPassword',
    ]);
    if (fields.newPassword !== fields.confirmPassword) {
      const message = locals.t('password.mismatch');
      return fail(422, { message, errors: { confirmPassword: message } });
    }
    try {
      await ok(
        locals.api.POST('/api/v1/auth/password', {
          body: { currentPassword: fields.currentPassword, newPassword: fields.newPassword },
        }),
      );
    } catch (e) {
      return actionFailure(e);
    }
    redirect(303, '/');
  },
};

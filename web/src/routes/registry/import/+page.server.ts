import { fail } from '@sveltejs/kit';
import { actionFailure } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  requireRole(locals, ['agency_admin']);
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole(locals, ['agency_admin']);
    const file = (await request.formData()).get('file');
    if (!(file instanceof File) || file.size === 0) {
      const message = locals.t('import.noFile');
      return fail(400, { message, errors: { file: message }, issues: [] });
    }
    try {
      const { imported } = await locals.api.enterprises.import(file);
      return { imported };
    } catch (e) {
      return actionFailure(e);
    }
  },
};

import { fail } from '@sveltejs/kit';
import { ok } from '$lib/server/api';
import { actionFailure } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  requireOperation(locals, 'enterprises.importXlsx');
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const file = (await request.formData()).get('file');
    if (!(file instanceof File) || file.size === 0) {
      const message = locals.t('import.noFile');
      return fail(400, { message, errors: { file: message }, issues: [] });
    }
    const form = new FormData();
    form.set('file', file, file.name);
    try {
      // multipart/form-data: openapi-fetch sends a FormData body as it is.
      const { imported } = await ok(
        locals.api.POST('/api/v1/enterprises/import', { body: form as never }),
      );
      return { imported };
    } catch (e) {
      return actionFailure(e);
    }
  },
};

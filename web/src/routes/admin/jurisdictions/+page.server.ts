import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import { toTree } from '$lib/jurisdiction-tree';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  requireOperation(locals, 'jurisdictions.create');
  const { items } = await ok(locals.api.GET('/api/v1/jurisdictions')).catch(pageError);
  return { rows: toTree(items) };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireOperation(locals, 'jurisdictions.create');
    const values = textFields(await request.formData(), ['code', 'name', 'level', 'parentCode']);
    try {
      const created = await ok(
        locals.api.POST('/api/v1/jurisdictions', {
          // The level as chosen; the API names it when it is not one of the four.
          body: {
            code: values.code,
            name: values.name,
            level: values.level as Body<'jurisdictions.create'>['level'],
            parentCode: values.parentCode || null,
          },
        }),
      );
      return { created: created.name };
    } catch (e) {
      return actionFailure(e, values);
    }
  },
};

import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields, withoutEmpty } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import { toTree } from '$lib/jurisdiction-tree';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  requireOperation(locals, 'agencies.create');
  const [agencies, jurisdictions] = await Promise.all([
    ok(locals.api.GET('/api/v1/agencies')),
    ok(locals.api.GET('/api/v1/jurisdictions')),
  ]).catch(pageError);
  return { agencies: agencies.items, jurisdictions: toTree(jurisdictions.items) };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireOperation(locals, 'agencies.create');
    const values = textFields(await request.formData(), ['name', 'jurisdictionCode', 'phone']);
    try {
      const { phone } = withoutEmpty(values);
      const created = await ok(
        locals.api.POST('/api/v1/agencies', {
          body: { name: values.name, jurisdictionCode: values.jurisdictionCode, phone },
        }),
      );
      return { created: created.name };
    } catch (e) {
      return actionFailure(e, values);
    }
  },
};

import { actionFailure, pageError, textFields, withoutEmpty } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import { toTree } from '$lib/jurisdiction-tree';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  requireRole(locals, ['platform_admin']);
  const [agencies, jurisdictions] = await Promise.all([
    locals.api.agencies.list(),
    locals.api.jurisdictions.list(),
  ]).catch(pageError);
  return { agencies: agencies.items, jurisdictions: toTree(jurisdictions.items) };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole(locals, ['platform_admin']);
    const values = textFields(await request.formData(), ['name', 'jurisdictionCode', 'phone']);
    try {
      const { phone } = withoutEmpty(values);
      const created = await locals.api.agencies.create({
        name: values.name,
        jurisdictionCode: values.jurisdictionCode,
        phone,
      });
      return { created: created.name };
    } catch (e) {
      return actionFailure(e, values);
    }
  },
};

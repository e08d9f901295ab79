import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import { toTree } from '$lib/jurisdiction-tree';
import type { JurisdictionLevel } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  requireRole(locals, ['platform_admin']);
  const { items } = await locals.api.jurisdictions.list().catch(pageError);
  return { rows: toTree(items) };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole(locals, ['platform_admin']);
    const values = textFields(await request.formData(), ['code', 'name', 'level', 'parentCode']);
    try {
      const created = await locals.api.jurisdictions.create({
        code: values.code,
        name: values.name,
        level: values.level as JurisdictionLevel,
        parentCode: values.parentCode || null,
      });
      return { created: created.name };
    } catch (e) {
      return actionFailure(e, values);
    }
  },
};

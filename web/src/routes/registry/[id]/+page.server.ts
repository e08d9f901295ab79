import { actionFailure, pageError } from '$lib/server/errors';
import { enterpriseFormChoices, readEnterpriseForm } from '$lib/server/enterprise-form';
import { requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  const membership = requireRole(locals, ['agency_admin', 'inspector']);
  const canManage = membership.role === 'agency_admin';
  const [enterprise, choices] = await Promise.all([
    locals.api.enterprises.get(params.id),
    canManage ? enterpriseFormChoices(locals.api) : null,
  ]).catch(pageError);
  return { enterprise, canManage, choices };
};

export const actions: Actions = {
  update: async ({ locals, params, request }) => {
    requireRole(locals, ['agency_admin']);
    const { values, input } = readEnterpriseForm(await request.formData());
    try {
      await locals.api.enterprises.update(params.id, input);
    } catch (e) {
      return actionFailure(e, values);
    }
    return { saved: true };
  },
  deactivate: async ({ locals, params }) => {
    requireRole(locals, ['agency_admin']);
    try {
      await locals.api.enterprises.deactivate(params.id);
    } catch (e) {
      return actionFailure(e);
    }
  },
  activate: async ({ locals, params }) => {
    requireRole(locals, ['agency_admin']);
    try {
      await locals.api.enterprises.activate(params.id);
    } catch (e) {
      return actionFailure(e);
    }
  },
};

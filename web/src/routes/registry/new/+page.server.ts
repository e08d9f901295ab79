import { redirect } from '@sveltejs/kit';
import { actionFailure, pageError } from '$lib/server/errors';
import { enterpriseFormChoices, readEnterpriseForm } from '$lib/server/enterprise-form';
import { requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  requireRole(locals, ['agency_admin']);
  return enterpriseFormChoices(locals.api).catch(pageError);
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireRole(locals, ['agency_admin']);
    const { values, input } = readEnterpriseForm(await request.formData());
    let id: string;
    try {
      id = (await locals.api.enterprises.create(input)).id;
    } catch (e) {
      return actionFailure(e, values);
    }
    redirect(303, `/registry/${id}`);
  },
};

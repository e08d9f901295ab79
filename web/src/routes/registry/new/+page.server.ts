import { redirect } from '@sveltejs/kit';
import { ok } from '$lib/server/api';
import { actionFailure, pageError } from '$lib/server/errors';
import { enterpriseFormChoices, readEnterpriseForm } from '$lib/server/enterprise-form';
import { requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  requireOperation(locals, 'enterprises.create');
  return enterpriseFormChoices(locals.api).catch(pageError);
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const { values, input } = readEnterpriseForm(await request.formData());
    let id: string;
    try {
      id = (await ok(locals.api.POST('/api/v1/enterprises', { body: input }))).id;
    } catch (e) {
      return actionFailure(e, values);
    }
    redirect(303, `/registry/${id}`);
  },
};

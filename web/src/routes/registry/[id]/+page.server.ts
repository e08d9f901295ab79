import { ok } from '$lib/server/api';
import { actionFailure, pageError } from '$lib/server/errors';
import { enterpriseFormChoices, readEnterpriseForm } from '$lib/server/enterprise-form';
import { can } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

const ENTERPRISE = '/api/v1/enterprises/{id}' as const;

// 一企一档: the enterprise's file as its regulator reads it (one API call for every section),
// and the registrar's edit form below.
export const load: PageServerLoad = async ({ locals, params }) => {
  const canManage = can(locals, 'enterprises.update');
  const [file, choices] = await Promise.all([
    ok(locals.api.GET(`${ENTERPRISE}/file`, { params: { path: params } })),
    canManage ? enterpriseFormChoices(locals.api) : null,
  ]).catch(pageError);
  return { file, enterprise: file.enterprise, canManage, choices };
};

export const actions: Actions = {
  update: async ({ locals, params, request }) => {
    const { values, input } = readEnterpriseForm(await request.formData());
    try {
      await ok(locals.api.PATCH(ENTERPRISE, { params: { path: params }, body: input }));
    } catch (e) {
      return actionFailure(e, values);
    }
    return { saved: true };
  },
  deactivate: async ({ locals, params }) => {
    try {
      await ok(locals.api.POST(`${ENTERPRISE}/deactivate`, { params: { path: params } }));
    } catch (e) {
      return actionFailure(e);
    }
  },
  activate: async ({ locals, params }) => {
    try {
      await ok(locals.api.POST(`${ENTERPRISE}/activate`, { params: { path: params } }));
    } catch (e) {
      return actionFailure(e);
    }
  },
};

import { ok } from '$lib/server/api';
import { actionFailure, pageError } from '$lib/server/errors';
import { enterpriseOf, requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

// 职责分配: who signs which 特殊作业票 approvals and who may publish the daily 承诺公告 for the
// 主要负责人. Everyone of the enterprise reads it; the form is there when the API's `actions`
// allow (the 主要负责人).
export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperation(locals, 'duties.list');
  const { enterpriseId } = enterpriseOf(locals, url);
  const duties = await ok(
    locals.api.GET('/api/v1/enterprises/{enterpriseId}/duty-assignments', {
      params: { path: { enterpriseId } },
    }),
  ).catch(pageError);
  return { duties };
};

export const actions: Actions = {
  assign: async ({ locals, url, request }) => {
    const { enterpriseId } = enterpriseOf(locals, url);
    const form = await request.formData();
    const duty = String(form.get('duty') ?? '');
    const userIds = form.getAll('userIds').map(String);
    try {
      await ok(
        locals.api.PUT('/api/v1/enterprises/{enterpriseId}/duty-assignments/{duty}', {
          // The duty as posted; the API names it when it is not one of its duties.
          params: { path: { enterpriseId, duty: duty as 'unit_head' } },
          body: { userIds },
        }),
      );
      return { saved: duty };
    } catch (e) {
      return actionFailure(e, { duty, userIds: userIds.join(',') });
    }
  },
};

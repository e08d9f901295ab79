import { redirect } from '@sveltejs/kit';
import { MAJOR_HAZARD_LEVELS } from '@shuangfang/db/enums';
import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { can, enterpriseOf, membershipOf, requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

// 重大危险源 of an enterprise: each with its level, the objects it covers, its three 包保责任人
// and run state; the month's 包保 completion per role; and the register form where the API's
// `actions` offer it. A regulator comes with ?enterprise=.
export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperation(locals, 'majorHazards.list');
  const { enterpriseId, query } = enterpriseOf(locals, url);
  const path = { enterpriseId };
  const month = url.searchParams.get('month') || undefined;
  const [list, completion, runStates] = await Promise.all([
    ok(
      locals.api.GET('/api/v1/enterprises/{enterpriseId}/major-hazards', {
        params: { path, query: {} },
      }),
    ),
    can(locals, 'majorHazards.completion')
      ? ok(
          locals.api.GET('/api/v1/enterprises/{enterpriseId}/custody-completion', {
            params: { path, query: { month } },
          }),
        )
      : Promise.resolve(null),
    can(locals, 'runStates.overview')
      ? ok(locals.api.GET('/api/v1/enterprises/{enterpriseId}/run-states', { params: { path } }))
      : Promise.resolve(null),
  ]).catch(pageError);
  // The objects a 重大危险源 may cover: the register's objects, as the run-state overview lists them.
  const objects = new Map<string, string>();
  for (const u of runStates?.units ?? []) objects.set(u.objectId, u.objectName);
  return {
    list,
    completion,
    objects: [...objects].map(([id, name]) => ({ id, name })),
    levels: MAJOR_HAZARD_LEVELS,
    query,
  };
};

export const actions: Actions = {
  create: async ({ locals, request }) => {
    const { enterpriseId } = membershipOf(locals);
    if (!enterpriseId) redirect(303, '/major-hazards');
    const form = await request.formData();
    const v = textFields(form, ['code', 'name', 'level', 'description']);
    const riskObjectIds = form.getAll('riskObjectIds').map(String);
    let id: string;
    try {
      const created = await ok(
        locals.api.POST('/api/v1/enterprises/{enterpriseId}/major-hazards', {
          params: { path: { enterpriseId } },
          // The fields as typed; the API names any it refuses.
          body: { ...v, riskObjectIds } as Body<'majorHazards.create'>,
        }),
      );
      id = created.id;
    } catch (e) {
      return actionFailure(e, { ...v, riskObjectIds: riskObjectIds.join(',') });
    }
    redirect(303, `/major-hazards/${id}`);
  },
};

import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { enterpriseOf } from '$lib/server/guard';
import { hazardActions } from '$lib/server/hazard-actions';
import { supervisionActions } from '$lib/server/supervision-actions';
import type { Actions, PageServerLoad } from './$types';

// One hazard: its facts, plan, extensions and full log, and the forms of the moves this caller
// may make now — exactly the hazard's `actions`, which the API computes with the rules it enforces.
export const load: PageServerLoad = async ({ locals, url, params }) => {
  const { membership, enterpriseId } = enterpriseOf(locals, url);
  const hazard = await ok(
    locals.api.GET('/api/v1/enterprises/{enterpriseId}/hazards/{id}', {
      params: { path: { enterpriseId, id: params.id } },
    }),
  ).catch(pageError);
  const may = (action: (typeof hazard.actions)[number]) => hazard.actions.includes(action);
  const pending = hazard.extensions.find((x) => x.state === 'pending') ?? null;
  const assignees =
    may('confirm') || may('edit_plan')
      ? (
          await ok(
            locals.api.GET('/api/v1/enterprises/{enterpriseId}/people', {
              params: { path: { enterpriseId } },
            }),
          ).catch(pageError)
        ).items
      : [];
  return {
    hazard,
    may: {
      triage: may('confirm') || may('reject'),
      submit: may('submit'),
      accept: may('accept') || may('reject_acceptance'),
      requestExtension: may('request_extension'),
      decideExtension: may('decide_extension'),
      supervise: may('supervise'),
      unlist: may('unlist'),
      editPlan: may('edit_plan'),
      draftProgress: may('draft_progress_report'),
    },
    pending,
    assignees,
    readOnly: membership.agencyId !== null,
  };
};

export const actions: Actions = { ...hazardActions, ...supervisionActions };

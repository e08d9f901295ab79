import { CUSTODY_ROLES, MAJOR_HAZARD_LEVELS, RUN_STATES } from '@shuangfang/db/enums';
import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { can, enterpriseOf, requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// One 重大危险源: its 包保责任人 (and who held each role before), the 公示牌 text, its run state
// and history; the forms the API's `actions` offer (name the 包保责任人, edit, change the run
// state, archive).
export const load: PageServerLoad = async ({ locals, params, url }) => {
  requireOperation(locals, 'majorHazards.detail');
  const { enterpriseId, query } = enterpriseOf(locals, url);
  const path = { enterpriseId, id: params.id };
  const [hazard, board, history] = await Promise.all([
    ok(
      locals.api.GET('/api/v1/enterprises/{enterpriseId}/major-hazards/{id}', { params: { path } }),
    ),
    ok(
      locals.api.GET('/api/v1/enterprises/{enterpriseId}/major-hazards/{id}/board', {
        params: { path },
      }),
    ),
    can(locals, 'runStates.history')
      ? ok(
          locals.api.GET('/api/v1/enterprises/{enterpriseId}/run-states/history', {
            params: { path: { enterpriseId }, query: { majorHazardId: params.id } },
          }),
        )
      : Promise.resolve(null),
  ]).catch(pageError);
  // The accounts a 包保责任人 is chosen from, only for the one who may name them.
  const members = hazard.actions.includes('assign_custodians')
    ? await ok(
        locals.api.GET('/api/v1/enterprises/{enterpriseId}/duty-assignments', {
          params: { path: { enterpriseId } },
        }),
      )
        .then((d) => d.members)
        .catch(pageError)
    : [];
  return {
    hazard,
    board,
    history,
    members,
    query,
    levels: MAJOR_HAZARD_LEVELS,
    states: RUN_STATES,
  };
};

function act(
  names: string[],
  call: (event: RequestEvent, form: FormData, enterpriseId: string) => Promise<unknown>,
) {
  return async (event: RequestEvent) => {
    const { enterpriseId } = enterpriseOf(event.locals, event.url);
    const form = await event.request.formData();
    try {
      await call(event, form, enterpriseId);
      return { done: true };
    } catch (e) {
      return actionFailure(e, { ...textFields(form, names), form: String(form.get('form') ?? '') });
    }
  };
}

export const actions: Actions = {
  custodian: act(['role', 'userId', 'title', 'phone'], ({ locals, params }, form, enterpriseId) => {
    const v = textFields(form, ['role', 'userId', 'title', 'phone']);
    const role = CUSTODY_ROLES.find((r) => r === v.role) ?? 'principal';
    return ok(
      locals.api.PUT('/api/v1/enterprises/{enterpriseId}/major-hazards/{id}/custodians/{role}', {
        params: { path: { enterpriseId, id: params.id, role } },
        body: {
          userId: v.userId,
          title: v.title,
          ...(v.phone ? { phone: v.phone } : {}),
        } as Body<'majorHazards.assignCustodian'>,
      }),
    );
  }),
  edit: act(['code', 'name', 'level', 'description'], ({ locals, params }, form, enterpriseId) =>
    ok(
      locals.api.PATCH('/api/v1/enterprises/{enterpriseId}/major-hazards/{id}', {
        params: { path: { enterpriseId, id: params.id } },
        body: textFields(form, [
          'code',
          'name',
          'level',
          'description',
        ]) as Body<'majorHazards.update'>,
      }),
    ),
  ),
  runState: act(['state', 'reason'], ({ locals, params }, form, enterpriseId) => {
    const v = textFields(form, ['state', 'reason']);
    return ok(
      locals.api.POST('/api/v1/enterprises/{enterpriseId}/run-states', {
        params: { path: { enterpriseId } },
        body: {
          majorHazardId: params.id,
          state: v.state,
          reason: v.reason,
        } as Body<'runStates.setState'>,
      }),
    );
  }),
  archive: act([], ({ locals, params }, _form, enterpriseId) =>
    ok(
      locals.api.POST('/api/v1/enterprises/{enterpriseId}/major-hazards/{id}/archive', {
        params: { path: { enterpriseId, id: params.id } },
      }),
    ),
  ),
};

import { RUN_STATES } from '@shuangfang/db/enums';
import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { enterpriseOf, requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// 装置/设施运行状态: each unit and 重大危险源 with its state and reason, the form to change it
// and to record the 开车前检查 a return to running needs (both only where the API's `actions`
// allow), and the history.
export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperation(locals, 'runStates.overview');
  const { enterpriseId, query } = enterpriseOf(locals, url);
  const path = { enterpriseId };
  const [overview, history] = await Promise.all([
    ok(locals.api.GET('/api/v1/enterprises/{enterpriseId}/run-states', { params: { path } })),
    ok(
      locals.api.GET('/api/v1/enterprises/{enterpriseId}/run-states/history', {
        params: { path, query: { cursor: url.searchParams.get('cursor') ?? undefined } },
      }),
    ),
  ]).catch(pageError);
  return { overview, history, query, states: RUN_STATES };
};

async function send(
  event: RequestEvent,
  call: (enterpriseId: string, form: FormData) => Promise<unknown>,
  names: string[],
) {
  const { enterpriseId } = enterpriseOf(event.locals, event.url);
  const form = await event.request.formData();
  try {
    await call(enterpriseId, form);
    return { done: true };
  } catch (e) {
    return actionFailure(e, {
      ...textFields(form, names),
      subject: String(form.get('subject') ?? ''),
    });
  }
}

export const actions: Actions = {
  setState: (event) =>
    send(
      event,
      (enterpriseId, form) => {
        const v = textFields(form, ['subject', 'state', 'reason']);
        const [kind, id] = v.subject.split(':');
        const body = {
          ...(kind === 'unit' ? { unitId: id } : { majorHazardId: id }),
          state: v.state,
          reason: v.reason,
        };
        return ok(
          event.locals.api.POST('/api/v1/enterprises/{enterpriseId}/run-states', {
            params: { path: { enterpriseId } },
            // The fields as chosen; the API names any it refuses.
            body: body as Body<'runStates.setState'>,
          }),
        );
      },
      ['state', 'reason'],
    ),
  prestart: (event) =>
    send(
      event,
      (enterpriseId, form) => {
        const v = textFields(form, ['runStateId', 'result', 'note']);
        return ok(
          event.locals.api.POST('/api/v1/enterprises/{enterpriseId}/prestart-checks', {
            params: { path: { enterpriseId } },
            body: {
              runStateId: v.runStateId,
              result: v.result,
              ...(v.note ? { note: v.note } : {}),
            } as Body<'checks.recordPrestart'>,
          }),
        );
      },
      ['result', 'note'],
    ),
};

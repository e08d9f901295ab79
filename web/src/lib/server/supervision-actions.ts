import { fail, type RequestEvent } from '@sveltejs/kit';
import { endOfChinaDay } from '$lib/hazard-vocabulary';
import { actionFailure, textFields } from './errors';
import { ok } from './api';
import { enterpriseOf } from './guard';

// 挂牌督办 on a hazard's page: a regulator lists the hazard, and unlists it once closed. Like the
// hazard moves, a failure carries `form` so the API's message shows on the form that was sent.

type ActionEvent = Pick<RequestEvent, 'locals' | 'request' | 'url' | 'params'>;

export const supervisionActions = {
  supervise: async ({ locals, request, url, params }: ActionEvent) => {
    const { enterpriseId } = enterpriseOf(locals, url);
    const values = textFields(await request.formData(), ['number', 'deadline', 'requirements']);
    try {
      await ok(
        locals.api.POST('/api/v1/enterprises/{enterpriseId}/hazards/{id}/supervision', {
          params: { path: { enterpriseId, id: params.id! } },
          body: {
            number: values.number,
            // A date typed in the form: the end of that day in China time ('' is named by the API).
            deadline: values.deadline ? endOfChinaDay(values.deadline) : '',
            requirements: values.requirements,
          },
        }),
      );
    } catch (e) {
      const failure = actionFailure(e, values);
      return fail(failure.status, { ...failure.data, form: 'supervise' });
    }
    return { done: 'supervise' };
  },
  unlist: async ({ locals, request, url, params }: ActionEvent) => {
    const { enterpriseId } = enterpriseOf(locals, url);
    const values = textFields(await request.formData(), ['note']);
    try {
      await ok(
        locals.api.POST('/api/v1/enterprises/{enterpriseId}/hazards/{id}/supervision/unlist', {
          params: { path: { enterpriseId, id: params.id! } },
          body: { note: values.note || undefined },
        }),
      );
    } catch (e) {
      const failure = actionFailure(e, values);
      return fail(failure.status, { ...failure.data, form: 'unlist' });
    }
    return { done: 'unlist' };
  },
};

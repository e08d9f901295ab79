import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

// A plan: the draw form (the supervisor's value entered on the spot), every draw with its
// published inputs and a verify button, the assignments with their results, and publication —
// each offered as the plan's and the inspections' `actions` say.

export const load: PageServerLoad = async ({ locals, params }) => {
  requireOperation(locals, 'inspections.getPlan');
  const plan = await ok(
    locals.api.GET('/api/v1/inspection-plans/{id}', { params: { path: { id: params.id } } }),
  ).catch(pageError);
  return { plan };
};

export const actions: Actions = {
  draw: async ({ locals, params, request }) => {
    const values = textFields(await request.formData(), ['supervisorValue', 'redoReason'] as const);
    try {
      await ok(
        locals.api.POST('/api/v1/inspection-plans/{id}/draws', {
          params: { path: { id: params.id } },
          body: {
            supervisorValue: values.supervisorValue,
            redoReason: values.redoReason || undefined,
          },
        }),
      );
    } catch (e) {
      return actionFailure(e, values);
    }
    return { drawn: true };
  },
  verify: async ({ locals, request }) => {
    const drawId = String((await request.formData()).get('drawId') ?? '');
    try {
      const verification = await ok(
        locals.api.POST('/api/v1/inspection-draws/{id}/verify', {
          params: { path: { id: drawId } },
        }),
      );
      return { verification: { drawId, ...verification } };
    } catch (e) {
      return actionFailure(e);
    }
  },
  publish: async ({ locals, request }) => {
    const inspectionId = String((await request.formData()).get('inspectionId') ?? '');
    try {
      await ok(
        locals.api.POST('/api/v1/inspections/{id}/publish', {
          params: { path: { id: inspectionId } },
        }),
      );
    } catch (e) {
      return actionFailure(e);
    }
    return { published: inspectionId };
  },
};

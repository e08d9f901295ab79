import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

// A plan: the draw form (the supervisor's value entered on the spot), every draw with its
// published inputs and a verify button, the assignments with their results, and publication.
const AGENCY = ['agency_admin', 'inspector'] as const;

export const load: PageServerLoad = async ({ locals, params }) => {
  requireRole(locals, AGENCY);
  const plan = await locals.api.inspections.plan(params.id).catch(pageError);
  return { plan };
};

export const actions: Actions = {
  draw: async ({ locals, params, request }) => {
    requireRole(locals, AGENCY);
    const values = textFields(await request.formData(), ['supervisorValue', 'redoReason'] as const);
    try {
      await locals.api.inspections.draw(params.id, {
        supervisorValue: values.supervisorValue,
        redoReason: values.redoReason || undefined,
      });
    } catch (e) {
      return actionFailure(e, values);
    }
    return { drawn: true };
  },
  verify: async ({ locals, request }) => {
    requireRole(locals, AGENCY);
    const drawId = String((await request.formData()).get('drawId') ?? '');
    try {
      return { verification: { drawId, ...(await locals.api.inspections.verify(drawId)) } };
    } catch (e) {
      return actionFailure(e);
    }
  },
  publish: async ({ locals, request }) => {
    requireRole(locals, AGENCY);
    const inspectionId = String((await request.formData()).get('inspectionId') ?? '');
    try {
      await locals.api.inspections.publish(inspectionId);
    } catch (e) {
      return actionFailure(e);
    }
    return { published: inspectionId };
  },
};

import { error } from '@sveltejs/kit';
import { pageError } from '$lib/server/errors';
import { riskActions } from '$lib/server/risk-actions';
import { ok } from '$lib/server/api';
import { riskPage, riskScope } from '$lib/server/risk-scope';
import type { Actions, PageServerLoad } from './$types';

// One risk event with everything hanging off it: its assessment history, control level, control
// measures and emergency measures. It is read out of the register (one query on the API side),
// so the page shows exactly what the register and the lists show.
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const [{ scope, enterprise, register }, history] = await Promise.all([
    riskPage(locals, url),
    ok(
      locals.api.GET('/api/v1/enterprises/{enterpriseId}/risk-events/{id}/assessments', {
        params: { path: { enterpriseId: riskScope(locals, url).enterpriseId, id: params.eventId } },
      }),
    ),
  ]).catch(pageError);
  for (const object of register.objects) {
    for (const unit of object.units) {
      const event = unit.events.find((e) => e.id === params.eventId);
      if (event)
        return {
          enterprise,
          object: { id: object.id, name: object.name },
          unit: { id: unit.id, name: unit.name },
          event,
          history: history.items,
          gradeBands: register.gradeBands,
          ...scope,
        };
    }
  }
  // Archived events (or ones under an archived row) are history, not something to edit.
  error(404, locals.t('errors.notFound'));
};

export const actions: Actions = riskActions;

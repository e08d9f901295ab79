import { error, redirect } from '@sveltejs/kit';
import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import { riskRegister } from '$lib/server/risk-register';
import type { Actions, PageServerLoad } from './$types';

type Registration = Body<'hazards.register'>;

// Registration by the enterprise's managers. The place is free text, optionally tied to a risk
// object or unit of the register (one select: "o:<id>" or "u:<id>").

const FIELDS = ['source', 'kind', 'category', 'description', 'location', 'place'] as const;

function enterpriseOf(locals: App.Locals) {
  const membership = requireOperation(locals, 'hazards.register');
  if (!membership.enterpriseId) error(404, locals.t('errors.notFound'));
  return membership.enterpriseId;
}

export const load: PageServerLoad = async ({ locals }) => {
  const register = await riskRegister(locals.api, enterpriseOf(locals)).catch(pageError);
  return {
    objects: register.objects.map((o) => ({
      id: o.id,
      name: o.name,
      units: o.units.map((u) => ({ id: u.id, name: u.name })),
    })),
  };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const enterpriseId = enterpriseOf(locals);
    const values = textFields(await request.formData(), FIELDS);
    const [placeKind, placeId] = values.place.split(':');
    let hazardId: string;
    try {
      // Choices are sent as made; the API names a field whose value is not one of its list.
      const hazard = await ok(
        locals.api.POST('/api/v1/enterprises/{enterpriseId}/hazards', {
          params: { path: { enterpriseId } },
          body: {
            source: (values.source || undefined) as Registration['source'],
            kind: values.kind as Registration['kind'],
            category: values.category as Registration['category'],
            description: values.description,
            location: values.location || undefined,
            riskObjectId: placeKind === 'o' ? placeId : undefined,
            riskUnitId: placeKind === 'u' ? placeId : undefined,
          },
        }),
      );
      hazardId = hazard.id;
    } catch (e) {
      return actionFailure(e, values);
    }
    redirect(303, `/hazards/${hazardId}`);
  },
};

import { error, redirect } from '@sveltejs/kit';
import type { HazardCategory, HazardKind, HazardSource } from '$lib/hazard-types';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import { HAZARD_MANAGERS } from '$lib/server/hazard-scope';
import type { Actions, PageServerLoad } from './$types';

// Registration by the enterprise's managers. The place is free text, optionally tied to a risk
// object or unit of the register (one select: "o:<id>" or "u:<id>").

const FIELDS = ['source', 'kind', 'category', 'description', 'location', 'place'] as const;

function enterpriseOf(locals: App.Locals) {
  const membership = requireRole(locals, HAZARD_MANAGERS);
  if (!membership.enterpriseId) error(404, locals.t('errors.notFound'));
  return membership.enterpriseId;
}

export const load: PageServerLoad = async ({ locals }) => {
  const register = await locals.api.risk.register(enterpriseOf(locals)).catch(pageError);
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
      const hazard = await locals.api.hazards.register(enterpriseId, {
        source: (values.source || undefined) as HazardSource | undefined,
        kind: values.kind as HazardKind,
        category: values.category as HazardCategory,
        description: values.description,
        location: values.location || undefined,
        riskObjectId: placeKind === 'o' ? placeId : undefined,
        riskUnitId: placeKind === 'u' ? placeId : undefined,
      });
      hazardId = hazard.id;
    } catch (e) {
      return actionFailure(e, values);
    }
    redirect(303, `/hazards/${hazardId}`);
  },
};

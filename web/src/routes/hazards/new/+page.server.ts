import { error, fail, redirect } from '@sveltejs/kit';
import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import {
  applicableStandards,
  CRITERION_FIELDS,
  searchCriteria,
  type CriterionSearch,
} from '$lib/server/criterion-search';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import { riskRegister } from '$lib/server/risk-register';
import type { Actions, PageServerLoad } from './$types';

type Registration = Body<'hazards.register'>;

// Registration by the enterprise's managers. The place is free text, optionally tied to a risk
// object or unit of the register (one select: "o:<id>" or "u:<id>"). The hazard may be linked to
// a 判定 item of a standard that applies to the enterprise; it is then 重大 by rule.

const FIELDS = [
  'source',
  'kind',
  'category',
  'description',
  'location',
  'place',
  ...CRITERION_FIELDS,
] as const;

function enterpriseOf(locals: App.Locals) {
  const membership = requireOperation(locals, 'hazards.register');
  if (!membership.enterpriseId) error(404, locals.t('errors.notFound'));
  return membership.enterpriseId;
}

export const load: PageServerLoad = async ({ locals }) => {
  const enterpriseId = enterpriseOf(locals);
  const [register, standards] = await Promise.all([
    riskRegister(locals.api, enterpriseId),
    applicableStandards(locals.api, enterpriseId),
  ]).catch(pageError);
  return {
    objects: register.objects.map((o) => ({
      id: o.id,
      name: o.name,
      units: o.units.map((u) => ({ id: u.id, name: u.name })),
    })),
    standards,
  };
};

export const actions: Actions = {
  /** The 判定 search button: everything typed comes back with the items found. */
  searchCriteria: async ({ locals, request }) => {
    const enterpriseId = enterpriseOf(locals);
    const values = textFields(await request.formData(), FIELDS);
    try {
      const search = await searchCriteria(
        locals.api,
        enterpriseId,
        values.criterionQ,
        values.criterionStandard,
      );
      return { values, search };
    } catch (e) {
      return actionFailure(e, values);
    }
  },
  register: async ({ locals, request }) => {
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
            criterionItemId: values.criterionItemId || undefined,
          },
        }),
      );
      hazardId = hazard.id;
    } catch (e) {
      const failure = actionFailure(e, values);
      // The item chosen stays on the form: the search that found it is run again.
      let search: CriterionSearch | null = null;
      if (values.criterionItemId || values.criterionQ) {
        search = await searchCriteria(
          locals.api,
          enterpriseId,
          values.criterionQ,
          values.criterionStandard,
        ).catch(() => null);
      }
      return fail(failure.status, { ...failure.data, search });
    }
    redirect(303, `/hazards/${hazardId}`);
  },
};

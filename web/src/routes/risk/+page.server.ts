import { fail } from '@sveltejs/kit';
import { actionFailure, pageError, textFields, withoutEmpty } from '$lib/server/errors';
import { requireRiskWriter, riskScope } from '$lib/server/risk-scope';
import type { AssessmentInput } from '$lib/risk-types';
import type { Actions, PageServerLoad } from './$types';

// The risk register (风险分级管控): objects → units → events, each with its grade's colour.
export const load: PageServerLoad = async ({ locals, url }) => {
  const scope = riskScope(locals, url);
  const [enterprise, register] = await Promise.all([
    locals.api.enterprises.get(scope.enterpriseId),
    locals.api.risk.register(scope.enterpriseId),
  ]).catch(pageError);
  return { enterprise: { id: enterprise.id, name: enterprise.name }, register, ...scope };
};

/** Every form names itself in `form`, so a failure is shown beside the form that caused it. */
const OBJECT_FIELDS = [
  'form',
  'name',
  'kind',
  'majorHazardCode',
  'department',
  'responsiblePerson',
] as const;
const UNIT_FIELDS = ['form', 'objectId', 'name', 'responsiblePerson'] as const;
const EVENT_FIELDS = ['form', 'unitId', 'hazardFactor', 'accidentType', 'consequence'] as const;
const ASSESS_FIELDS = ['form', 'eventId', 'method', 'l', 'e', 'c', 'lsL', 's'] as const;

function assessmentFrom(v: Record<(typeof ASSESS_FIELDS)[number], string>): AssessmentInput {
  return v.method === 'LS'
    ? { method: 'LS', l: Number(v.lsL), s: Number(v.s) }
    : { method: 'LEC', l: Number(v.l), e: Number(v.e), c: Number(v.c) };
}

export const actions: Actions = {
  createObject: async ({ locals, request }) => {
    const enterpriseId = requireRiskWriter(locals);
    const { form, ...values } = textFields(await request.formData(), OBJECT_FIELDS);
    try {
      await locals.api.risk.createObject(enterpriseId, {
        ...values,
        majorHazardCode: values.majorHazardCode || null,
      });
    } catch (e) {
      return actionFailure(e, { form, ...values });
    }
    return { created: 'object' };
  },
  createUnit: async ({ locals, request }) => {
    const enterpriseId = requireRiskWriter(locals);
    const { form, objectId, ...body } = textFields(await request.formData(), UNIT_FIELDS);
    try {
      await locals.api.risk.createUnit(enterpriseId, objectId, body);
    } catch (e) {
      return actionFailure(e, { form, objectId, ...body });
    }
    return { created: 'unit' };
  },
  createEvent: async ({ locals, request }) => {
    const enterpriseId = requireRiskWriter(locals);
    const { form, unitId, ...body } = textFields(await request.formData(), EVENT_FIELDS);
    try {
      await locals.api.risk.createEvent(enterpriseId, unitId, body);
    } catch (e) {
      return actionFailure(e, { form, unitId, ...body });
    }
    return { created: 'event' };
  },
  assess: async ({ locals, request }) => {
    const enterpriseId = requireRiskWriter(locals);
    const values = textFields(await request.formData(), ASSESS_FIELDS);
    try {
      const result = await locals.api.risk.assess(
        enterpriseId,
        values.eventId,
        assessmentFrom(values),
      );
      return {
        assessed: {
          eventId: values.eventId,
          method: result.method,
          score: result.score,
          grade: result.grade,
        },
      };
    } catch (e) {
      return actionFailure(e, withoutEmpty(values) as Record<string, string>);
    }
  },
  archive: async ({ locals, request }) => {
    const enterpriseId = requireRiskWriter(locals);
    const { kind, id } = textFields(await request.formData(), ['kind', 'id']);
    const archivers: Record<string, (enterpriseId: string, id: string) => Promise<unknown>> = {
      object: locals.api.risk.archiveObject,
      unit: locals.api.risk.archiveUnit,
      event: locals.api.risk.archiveEvent,
    };
    const archiveOne = archivers[kind];
    if (!archiveOne || !id) return fail(400, { message: locals.t('errors.notFound') });
    try {
      await archiveOne(enterpriseId, id);
    } catch (e) {
      return actionFailure(e);
    }
    return { archived: id };
  },
};

import { fail, type RequestEvent } from '@sveltejs/kit';
import type {
  AssessmentInput,
  CheckCycleUnit,
  ControlLevel,
  ControlMeasureInput,
  MeasureCategory,
  OrderList,
  RiskRegister,
} from '$lib/risk-types';
import { actionFailure, textFields, withoutEmpty } from './errors';
import { requireRiskWriter } from './risk-scope';

// The risk register's form actions, shared by the register page and an event's page. Every form
// names itself in `form`, so a failure is shown beside the form that caused it. The enterprise
// always comes from the session (requireRiskWriter), never from the form.

type ActionEvent = Pick<RequestEvent, 'locals' | 'request'>;

const OBJECT_FIELDS = [
  'form',
  'name',
  'kind',
  'majorHazardCode',
  'department',
  'responsiblePerson',
] as const;
const UNIT_FIELDS = ['form', 'name', 'responsiblePerson'] as const;
const EVENT_FIELDS = ['form', 'hazardFactor', 'accidentType', 'consequence'] as const;
const ASSESS_FIELDS = ['form', 'eventId', 'method', 'l', 'e', 'c', 'lsL', 's'] as const;
const MEASURE_FIELDS = [
  'form',
  'category',
  'description',
  'controlLevel',
  'responsiblePerson',
  'checkContent',
  'checkCycleUnit',
  'checkCycleCount',
] as const;
const EMERGENCY_FIELDS = ['form', 'steps', 'equipment', 'phone'] as const;

function assessmentFrom(v: Record<(typeof ASSESS_FIELDS)[number], string>): AssessmentInput {
  return v.method === 'LS'
    ? { method: 'LS', l: Number(v.lsL), s: Number(v.s) }
    : { method: 'LEC', l: Number(v.l), e: Number(v.e), c: Number(v.c) };
}

function measureFrom(v: Record<(typeof MEASURE_FIELDS)[number], string>): ControlMeasureInput {
  // No cycle is a measure nobody checks on a schedule: both fields empty, sent as null.
  const noCycle = v.checkCycleUnit === '' && v.checkCycleCount === '';
  return {
    category: v.category as MeasureCategory,
    description: v.description,
    controlLevel: v.controlLevel as ControlLevel,
    responsiblePerson: v.responsiblePerson,
    checkContent: v.checkContent,
    checkCycleUnit: noCycle ? null : (v.checkCycleUnit as CheckCycleUnit),
    // Sent as typed (NaN becomes null in JSON); the API names the field when it is wrong.
    checkCycleCount: noCycle ? null : Number(v.checkCycleCount),
  };
}

/**
 * One action that creates a row under `parentField` (or edits the row named by `id`): reads
 * `fields`, calls the API, and answers `{ saved: form }` or the failure with the values typed.
 */
function saveAction<F extends string, B>(
  fields: readonly F[],
  toBody: (values: Record<F, string>) => B,
  call: (api: App.Locals['api'], enterpriseId: string, id: string, body: B) => Promise<unknown>,
) {
  return async ({ locals, request }: ActionEvent) => {
    const enterpriseId = requireRiskWriter(locals);
    const form = await request.formData();
    const values = textFields(form, fields);
    const { id } = textFields(form, ['id']);
    try {
      await call(locals.api, enterpriseId, id, toBody(values));
    } catch (e) {
      return actionFailure(e, values as Record<string, string>);
    }
    return { saved: (values as Record<string, string>).form ?? '' };
  };
}

/** The current rows of one list of the register: the children of `parentId`, or the objects. */
function listOf(register: RiskRegister, list: OrderList, parentId: string): { id: string }[] {
  const units = register.objects.flatMap((o) => o.units);
  const events = units.flatMap((u) => u.events);
  switch (list) {
    case 'objects':
      return register.objects;
    case 'units':
      return register.objects.find((o) => o.id === parentId)?.units ?? [];
    case 'events':
      return units.find((u) => u.id === parentId)?.events ?? [];
    case 'measures':
      return events.find((e) => e.id === parentId)?.measures ?? [];
    case 'emergencyMeasures':
      return events.find((e) => e.id === parentId)?.emergencyMeasures ?? [];
    default:
      return [];
  }
}

/** The fields a form sent, minus its own name. */
const body = <V extends { form: string }>({ form: _form, ...rest }: V) => rest;

export const riskActions = {
  createObject: saveAction(
    OBJECT_FIELDS,
    (v) => ({ ...body(v), majorHazardCode: v.majorHazardCode || null }),
    (api, e, _id, b) => api.risk.createObject(e, b),
  ),
  updateObject: saveAction(
    OBJECT_FIELDS,
    (v) => ({ ...body(v), majorHazardCode: v.majorHazardCode || null }),
    (api, e, id, b) => api.risk.updateObject(e, id, b),
  ),
  createUnit: saveAction(UNIT_FIELDS, body, (api, e, id, b) => api.risk.createUnit(e, id, b)),
  updateUnit: saveAction(UNIT_FIELDS, body, (api, e, id, b) => api.risk.updateUnit(e, id, b)),
  createEvent: saveAction(EVENT_FIELDS, body, (api, e, id, b) => api.risk.createEvent(e, id, b)),
  updateEvent: saveAction(EVENT_FIELDS, body, (api, e, id, b) => api.risk.updateEvent(e, id, b)),
  createMeasure: saveAction(MEASURE_FIELDS, measureFrom, (api, e, id, b) =>
    api.risk.createMeasure(e, id, b),
  ),
  updateMeasure: saveAction(MEASURE_FIELDS, measureFrom, (api, e, id, b) =>
    api.risk.updateMeasure(e, id, b),
  ),
  createEmergency: saveAction(EMERGENCY_FIELDS, body, (api, e, id, b) =>
    api.risk.createEmergency(e, id, b),
  ),
  updateEmergency: saveAction(EMERGENCY_FIELDS, body, (api, e, id, b) =>
    api.risk.updateEmergency(e, id, b),
  ),
  controlLevel: saveAction(
    ['form', 'controlLevel', 'reason'] as const,
    (v) => ({ controlLevel: v.controlLevel as ControlLevel, reason: v.reason || null }),
    (api, e, id, b) => api.risk.setControlLevel(e, id, b),
  ),
  assess: async ({ locals, request }: ActionEvent) => {
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
  move: async ({ locals, request }: ActionEvent) => {
    const enterpriseId = requireRiskWriter(locals);
    const { list, parentId, id, direction } = textFields(await request.formData(), [
      'list',
      'parentId',
      'id',
      'direction',
    ]);
    try {
      // The new order is computed from the register as it is now, never from the page the user
      // had open: the API takes a whole list and refuses one that has gone out of date.
      const register = await locals.api.risk.register(enterpriseId);
      const ids = listOf(register, list as OrderList, parentId).map((row) => row.id);
      const from = ids.indexOf(id);
      const to = direction === 'up' ? from - 1 : from + 1;
      if (from < 0 || to < 0 || to >= ids.length) return { moved: id };
      [ids[from], ids[to]] = [ids[to]!, ids[from]!];
      await locals.api.risk.reorder(enterpriseId, {
        list: list as OrderList,
        parentId: list === 'objects' ? null : parentId,
        ids,
      });
    } catch (e) {
      return actionFailure(e);
    }
    return { moved: id };
  },
  archive: async ({ locals, request }: ActionEvent) => {
    const enterpriseId = requireRiskWriter(locals);
    const { kind, id } = textFields(await request.formData(), ['kind', 'id']);
    const risk = locals.api.risk;
    const archivers: Record<string, (enterpriseId: string, id: string) => Promise<unknown>> = {
      object: risk.archiveObject,
      unit: risk.archiveUnit,
      event: risk.archiveEvent,
      measure: risk.archiveMeasure,
      emergency: risk.archiveEmergency,
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

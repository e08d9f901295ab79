import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { Body } from '$lib/api/types';
import { ok, type Api } from './api';
import { actionFailure, textFields, withoutEmpty } from './errors';
import { requireOperation } from './guard';
import { riskRegister } from './risk-register';

type AssessmentInput = Body<'risk.assess'>;
type ControlMeasureInput = Body<'risk.createMeasure'>;
type ControlLevel = ControlMeasureInput['controlLevel'];
type OrderList = Body<'risk.reorder'>['list'];
type RiskRegister = Awaited<ReturnType<typeof riskRegister>>;

// The risk register's form actions, shared by the register page and an event's page. Every form
// names itself in `form`, so a failure is shown beside the form that caused it. The enterprise
// always comes from the session, never from the form.

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

/** Only the enterprise's own managers write, and only to their enterprise. */
function writerEnterprise(locals: App.Locals): string {
  const { enterpriseId } = requireOperation(locals, 'risk.createObject');
  if (!enterpriseId) error(404, locals.t('errors.notFound'));
  return enterpriseId;
}

function assessmentFrom(v: Record<(typeof ASSESS_FIELDS)[number], string>): AssessmentInput {
  // Numbers as chosen; a factor left unchosen is left out, and the API names the one missing
  // (the form preselects nothing, so no one submits a worst case they never picked).
  const n = (text: string) => (text === '' ? undefined : Number(text));
  return (
    v.method === 'LS'
      ? { method: 'LS', l: n(v.lsL), s: n(v.s) }
      : { method: 'LEC', l: n(v.l), e: n(v.e), c: n(v.c) }
  ) as AssessmentInput;
}

function measureFrom(v: Record<(typeof MEASURE_FIELDS)[number], string>): ControlMeasureInput {
  // No cycle is a measure nobody checks on a schedule: both fields empty, sent as null.
  const noCycle = v.checkCycleUnit === '' && v.checkCycleCount === '';
  return {
    category: v.category as ControlMeasureInput['category'],
    description: v.description,
    controlLevel: v.controlLevel as ControlLevel,
    responsiblePerson: v.responsiblePerson,
    checkContent: v.checkContent,
    checkCycleUnit: noCycle ? null : (v.checkCycleUnit as ControlMeasureInput['checkCycleUnit']),
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
  call: (api: Api, path: { enterpriseId: string; id: string }, body: B) => Promise<unknown>,
) {
  return async ({ locals, request }: ActionEvent) => {
    const enterpriseId = writerEnterprise(locals);
    const form = await request.formData();
    const values = textFields(form, fields);
    const { id } = textFields(form, ['id']);
    try {
      await call(locals.api, { enterpriseId, id }, toBody(values));
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

const E = '/api/v1/enterprises/{enterpriseId}' as const;

/** Each kind of row, and where it is archived. */
const ARCHIVE_PATHS = {
  object: '/api/v1/enterprises/{enterpriseId}/risk-objects/{id}/archive',
  unit: '/api/v1/enterprises/{enterpriseId}/risk-units/{id}/archive',
  event: '/api/v1/enterprises/{enterpriseId}/risk-events/{id}/archive',
  measure: '/api/v1/enterprises/{enterpriseId}/control-measures/{id}/archive',
  emergency: '/api/v1/enterprises/{enterpriseId}/emergency-measures/{id}/archive',
} as const satisfies Record<string, `${typeof E}/${string}/{id}/archive`>;

/** An event's accident type as chosen; the API names it when it is not one of GB 6441's. */
const eventBody = (b: Record<'hazardFactor' | 'accidentType' | 'consequence', string>) =>
  b as Body<'risk.createEvent'>;

/** The fields a form sent, minus its own name. */
const body = <V extends { form: string }>({ form: _form, ...rest }: V) => rest;

export const riskActions = {
  createObject: saveAction(
    OBJECT_FIELDS,
    (v) => ({ ...body(v), majorHazardCode: v.majorHazardCode || null }),
    (api, { enterpriseId }, b) =>
      ok(api.POST(`${E}/risk-objects`, { params: { path: { enterpriseId } }, body: b })),
  ),
  updateObject: saveAction(
    OBJECT_FIELDS,
    (v) => ({ ...body(v), majorHazardCode: v.majorHazardCode || null }),
    (api, path, b) => ok(api.PATCH(`${E}/risk-objects/{id}`, { params: { path }, body: b })),
  ),
  createUnit: saveAction(UNIT_FIELDS, body, (api, path, b) =>
    ok(api.POST(`${E}/risk-objects/{id}/units`, { params: { path }, body: b })),
  ),
  updateUnit: saveAction(UNIT_FIELDS, body, (api, path, b) =>
    ok(api.PATCH(`${E}/risk-units/{id}`, { params: { path }, body: b })),
  ),
  createEvent: saveAction(EVENT_FIELDS, body, (api, path, b) =>
    ok(api.POST(`${E}/risk-units/{id}/events`, { params: { path }, body: eventBody(b) })),
  ),
  updateEvent: saveAction(EVENT_FIELDS, body, (api, path, b) =>
    ok(api.PATCH(`${E}/risk-events/{id}`, { params: { path }, body: eventBody(b) })),
  ),
  createMeasure: saveAction(MEASURE_FIELDS, measureFrom, (api, path, b) =>
    ok(api.POST(`${E}/risk-events/{id}/measures`, { params: { path }, body: b })),
  ),
  updateMeasure: saveAction(MEASURE_FIELDS, measureFrom, (api, path, b) =>
    ok(api.PATCH(`${E}/control-measures/{id}`, { params: { path }, body: b })),
  ),
  createEmergency: saveAction(EMERGENCY_FIELDS, body, (api, path, b) =>
    ok(api.POST(`${E}/risk-events/{id}/emergency-measures`, { params: { path }, body: b })),
  ),
  updateEmergency: saveAction(EMERGENCY_FIELDS, body, (api, path, b) =>
    ok(api.PATCH(`${E}/emergency-measures/{id}`, { params: { path }, body: b })),
  ),
  controlLevel: saveAction(
    ['form', 'controlLevel', 'reason'] as const,
    (v) => ({ controlLevel: v.controlLevel as ControlLevel, reason: v.reason || null }),
    (api, path, b) =>
      ok(api.PUT(`${E}/risk-events/{id}/control-level`, { params: { path }, body: b })),
  ),
  assess: async ({ locals, request }: ActionEvent) => {
    const enterpriseId = writerEnterprise(locals);
    const values = textFields(await request.formData(), ASSESS_FIELDS);
    try {
      const result = await ok(
        locals.api.POST(`${E}/risk-events/{id}/assessments`, {
          params: { path: { enterpriseId, id: values.eventId } },
          body: assessmentFrom(values),
        }),
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
    const enterpriseId = writerEnterprise(locals);
    const { list, parentId, id, direction } = textFields(await request.formData(), [
      'list',
      'parentId',
      'id',
      'direction',
    ]);
    try {
      // The new order is computed from the register as it is now, never from the page the user
      // had open: the API takes a whole list and refuses one that has gone out of date.
      const register = await riskRegister(locals.api, enterpriseId);
      const ids = listOf(register, list as OrderList, parentId).map((row) => row.id);
      const from = ids.indexOf(id);
      const to = direction === 'up' ? from - 1 : from + 1;
      if (from < 0 || to < 0 || to >= ids.length) return { moved: id };
      [ids[from], ids[to]] = [ids[to]!, ids[from]!];
      await ok(
        locals.api.PUT(`${E}/risk-order`, {
          params: { path: { enterpriseId } },
          body: { list: list as OrderList, parentId: list === 'objects' ? null : parentId, ids },
        }),
      );
    } catch (e) {
      return actionFailure(e);
    }
    return { moved: id };
  },
  archive: async ({ locals, request }: ActionEvent) => {
    const enterpriseId = writerEnterprise(locals);
    const { kind, id } = textFields(await request.formData(), ['kind', 'id']);
    const path = ARCHIVE_PATHS[kind as keyof typeof ARCHIVE_PATHS];
    if (!path || !id) return fail(400, { message: locals.t('errors.notFound') });
    try {
      await ok(locals.api.POST(path, { params: { path: { enterpriseId, id } } }));
    } catch (e) {
      return actionFailure(e);
    }
    return { archived: id };
  },
};

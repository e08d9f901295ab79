import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { enterpriseOf, requireOperation } from '$lib/server/guard';
import { chinaInstant, chinaLocal } from '../new/permit-fields';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// One 特殊作业票, on the phone at the work site: its fields as printed, the safety measures to
// confirm one by one, the gas analyses, the signatures, and a form for each step the API lists
// in the permit's `actions` (a refused step comes back with the API's message).

export const load: PageServerLoad = async ({ locals, params, url }) => {
  requireOperation(locals, 'workPermits.detail');
  const { enterpriseId, query } = enterpriseOf(locals, url);
  const permit = await ok(
    locals.api.GET('/api/v1/enterprises/{enterpriseId}/work-permits/{id}', {
      params: { path: { enterpriseId, id: params.id } },
    }),
  ).catch(pageError);
  return { permit, query, now: chinaLocal(new Date()) };
};

type Move =
  | 'measures'
  | 'gas-samples'
  | 'briefing'
  | 'approvals'
  | 'start'
  | 'interrupt'
  | 'resume'
  | 'extend'
  | 'complete'
  | 'accept'
  | 'cancel';

/** Sends one step; `read` turns the form into the step's body (and the values to put back). */
function step(
  move: Move,
  read: (form: FormData) => { body: object; values: Record<string, string> },
) {
  return async ({ locals, params, request, url }: RequestEvent) => {
    const { enterpriseId } = enterpriseOf(locals, url);
    const { body, values } = read(await request.formData());
    try {
      await ok(
        locals.api.POST(`/api/v1/enterprises/{enterpriseId}/work-permits/{id}/${move}`, {
          params: { path: { enterpriseId, id: params.id } },
          // The fields as typed; the API names any it refuses.
          body: body as Body<'workPermits.start'>,
        }),
      );
      return { done: move };
    } catch (e) {
      return actionFailure(e, { ...values, move });
    }
  };
}

const note = (names: readonly string[]) => (form: FormData) => {
  const values = textFields(form, names);
  const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
  return { body, values };
};

/** Up to three gas readings, one row each; a row without a gas name is not sent. */
const GAS_ROWS = [0, 1, 2] as const;

export const actions: Actions = {
  measure: step('measures', (form) => {
    const seq = Number(form.get('seq'));
    return {
      body: { items: [{ seq, involved: form.get('involved') === 'true' }] },
      values: { seq: String(seq) },
    };
  }),
  gas: step('gas-samples', (form) => {
    const names = ['analysedAt', 'point'];
    for (const i of GAS_ROWS) names.push(`gas${i}`, `kind${i}`, `value${i}`, `unit${i}`, `lel${i}`);
    const values = textFields(form, names);
    const readings = GAS_ROWS.filter((i) => values[`gas${i}`] !== '').map((i) => {
      const num = (s: string) => (s !== '' && Number.isFinite(Number(s)) ? Number(s) : s);
      return {
        gas: values[`gas${i}`],
        kind: values[`kind${i}`],
        value: num(values[`value${i}`] ?? ''),
        unit: values[`unit${i}`],
        ...(values[`lel${i}`] ? { lel: num(values[`lel${i}`] ?? '') } : {}),
      };
    });
    return {
      body: { analysedAt: chinaInstant(values.analysedAt ?? ''), point: values.point, readings },
      values,
    };
  }),
  brief: step('briefing', (form) => {
    const values = textFields(form, ['recipients', 'topics']);
    const recipients = values.recipients
      .split(/[\n,，、]/)
      .map((s) => s.trim())
      .filter(Boolean);
    return {
      body: { recipients, ...(values.topics ? { topics: values.topics } : {}) },
      values,
    };
  }),
  approve: step('approvals', (form) => {
    const values = textFields(form, ['comment']);
    return {
      body: {
        onSite: form.get('onSite') === 'on',
        ...(values.comment ? { comment: values.comment } : {}),
      },
      values,
    };
  }),
  start: step('start', note(['comment'])),
  interrupt: step('interrupt', note(['reason'])),
  resume: step('resume', note(['comment'])),
  extend: step('extend', (form) => {
    const values = textFields(form, ['validTo', 'reason']);
    return { body: { validTo: chinaInstant(values.validTo), reason: values.reason }, values };
  }),
  complete: step('complete', note(['comment'])),
  accept: step('accept', note(['comment'])),
  cancel: step('cancel', note(['reason'])),
};

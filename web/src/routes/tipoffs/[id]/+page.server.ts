import { HAZARD_CATEGORIES, HAZARD_KINDS } from '@shuangfang/db/enums';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// One tip-off, for the agency triaging it: the reporter and contact, the photos, and the forms of
// the moves its state allows (the API decides; a refused move comes back with its message).
const TRIAGERS = ['agency_admin', 'inspector'] as const;

export const load: PageServerLoad = async ({ locals, params }) => {
  requireRole(locals, TRIAGERS);
  const tipoff = await locals.api.tipoffs.get(params.id).catch(pageError);
  return { tipoff, kinds: HAZARD_KINDS, categories: HAZARD_CATEGORIES };
};

/** Sends one move made of the named form fields (empty ones left out). */
function moveAction(action: string, names: readonly string[], extra?: (form: FormData) => object) {
  return async ({ locals, params, request }: RequestEvent) => {
    requireRole(locals, TRIAGERS);
    const form = await request.formData();
    const values = textFields(form, names);
    const body: Record<string, unknown> = { action, ...extra?.(form) };
    for (const [name, value] of Object.entries(values)) if (value !== '') body[name] = value;
    try {
      await locals.api.tipoffs.move(params.id, body);
      return { done: action };
    } catch (e) {
      return actionFailure(e, { ...values, action });
    }
  };
}

export const actions: Actions = {
  review: moveAction('review', []),
  reject: moveAction('reject', ['reason']),
  verify: moveAction('verify', ['kind', 'category', 'description', 'location'], (form) => ({
    attachPhotos: form.get('attachPhotos') === 'on',
  })),
  fine: moveAction('fine', ['fineYuan']),
  pay: moveAction('pay', ['paidOn', 'receiptCode']),
};

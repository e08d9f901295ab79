import { HAZARD_CATEGORIES, HAZARD_KINDS } from '@shuangfang/db/enums';
import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// One tip-off, for the agency triaging it: the reporter and contact, the photos, and the forms of
// the moves the API lists in its `actions` (a refused move comes back with its message).

export const load: PageServerLoad = async ({ locals, params }) => {
  requireOperation(locals, 'tipoffs.getOne');
  const tipoff = await ok(
    locals.api.GET('/api/v1/tipoffs/{tipoffId}', { params: { path: { tipoffId: params.id } } }),
  ).catch(pageError);
  return { tipoff, kinds: HAZARD_KINDS, categories: HAZARD_CATEGORIES };
};

/** Sends one move made of the named form fields (empty ones left out). */
function moveAction(action: string, names: readonly string[], extra?: (form: FormData) => object) {
  return async ({ locals, params, request }: RequestEvent) => {
    const form = await request.formData();
    const values = textFields(form, names);
    const body: Record<string, unknown> = { action, ...extra?.(form) };
    for (const [name, value] of Object.entries(values)) if (value !== '') body[name] = value;
    try {
      await ok(
        locals.api.POST('/api/v1/tipoffs/{tipoffId}/moves', {
          params: { path: { tipoffId: params.id } },
          // The fields as typed; the API names any it refuses.
          body: body as Body<'tipoffs.move'>,
        }),
      );
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

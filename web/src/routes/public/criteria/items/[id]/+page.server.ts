import { fail } from '@sveltejs/kit';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { ITEM_FIELDS, itemContent } from '../../item-form';
import type { Actions, PageServerLoad } from './$types';

// One 判定 item with every version it has had (hazards keep the version they were judged
// against). A platform admin may edit it: the edit is a new version.
export const load: PageServerLoad = async ({ locals, params }) => {
  const item = await ok(
    locals.api.GET('/api/v1/public/criteria/items/{criterionItemId}', {
      params: { path: { criterionItemId: params.id } },
    }),
  ).catch(pageError);
  return { item };
};

export const actions: Actions = {
  edit: async ({ locals, request, params }) => {
    const form = await request.formData();
    const values = textFields(form, ITEM_FIELDS);
    try {
      await ok(
        locals.api.PUT('/api/v1/criteria/items/{criterionItemId}', {
          params: { path: { criterionItemId: params.id } },
          body: { ...itemContent(values, form), changeReason: values.changeReason },
        }),
      );
    } catch (e) {
      const failure = actionFailure(e, values);
      return fail(failure.status, failure.data);
    }
    return { done: true };
  },
};

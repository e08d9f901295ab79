import { fail, redirect } from '@sveltejs/kit';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { ITEM_FIELDS, itemContent } from '../../item-form';
import { standardBody, STANDARD_FIELDS } from '../../standard-form';
import type { Actions, PageServerLoad } from './$types';

// One standard with all its items, for anyone. A platform admin's session brings the actions
// the API allows: edit its description, retire it from a day, add items.
export const load: PageServerLoad = async ({ locals, params }) => {
  const standard = await ok(
    locals.api.GET('/api/v1/public/criteria/standards/{code}', {
      params: { path: { code: params.code } },
    }),
  ).catch(pageError);
  const others = standard.actions.includes('retire')
    ? (await ok(locals.api.GET('/api/v1/public/criteria/standards')).catch(pageError)).items
        .filter((s) => s.code !== standard.code)
        .map((s) => ({ code: s.code, title: s.title }))
    : [];
  return { standard, others };
};

/** Each failure says which form it belongs to, so its message shows beside that form. */
const failed = (e: unknown, values: Record<string, string>, form: string) => {
  const failure = actionFailure(e, values);
  return fail(failure.status, { ...failure.data, form });
};

export const actions: Actions = {
  edit: async ({ locals, request, params }) => {
    const form = await request.formData();
    const values = textFields(form, STANDARD_FIELDS);
    try {
      // The place of a standard is set when it is added; the patch does not carry it.
      const { jurisdictionCode: _place, ...body } = standardBody(values, form);
      await ok(
        locals.api.PATCH('/api/v1/criteria/standards/{code}', {
          params: { path: { code: params.code } },
          body,
        }),
      );
    } catch (e) {
      return failed(e, values, 'edit');
    }
    return { done: 'edit' };
  },
  retire: async ({ locals, request, params }) => {
    const values = textFields(await request.formData(), ['retiredFrom', 'reason', 'supersededBy']);
    try {
      await ok(
        locals.api.POST('/api/v1/criteria/standards/{code}/retire', {
          params: { path: { code: params.code } },
          body: {
            retiredFrom: values.retiredFrom,
            reason: values.reason,
            supersededBy: values.supersededBy || null,
          },
        }),
      );
    } catch (e) {
      return failed(e, values, 'retire');
    }
    return { done: 'retire' };
  },
  addItem: async ({ locals, request, params }) => {
    const form = await request.formData();
    const values = textFields(form, ITEM_FIELDS);
    let id: string;
    try {
      const item = await ok(
        locals.api.POST('/api/v1/criteria/standards/{code}/items', {
          params: { path: { code: params.code } },
          body: {
            ...itemContent(values, form),
            sortOrder: values.sortOrder ? Number(values.sortOrder) : undefined,
          },
        }),
      );
      id = item.id;
    } catch (e) {
      return failed(e, values, 'addItem');
    }
    redirect(303, `/public/criteria/items/${id}`);
  },
};

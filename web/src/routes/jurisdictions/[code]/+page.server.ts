import { fail } from '@sveltejs/kit';
import { isDeepStrictEqual } from 'node:util';
import type { Body } from '$lib/api/types';
import { ApiError, ok } from '$lib/server/api';
import { actionFailure, pageError } from '$lib/server/errors';
import { can, requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';
import { groupsOf, typedValues, valueFromForm } from './setting-groups';

// The configuration values in force in a jurisdiction, which are set here, and who changed what.
// Those the API lets update settings (it checks the subtree) edit one group at a time; other
// regulators read.

export const load: PageServerLoad = async ({ locals, params }) => {
  requireOperation(locals, 'jurisdictions.getSettings');
  const path = { code: params.code };
  const [settings, jurisdictions, changes] = await Promise.all([
    settingsOf(locals, params.code),
    ok(locals.api.GET('/api/v1/jurisdictions')),
    ok(locals.api.GET('/api/v1/jurisdictions/{code}/settings/changes', { params: { path } })),
  ]).catch(pageError);
  const jurisdiction = jurisdictions.items.find((j) => j.code === params.code) ?? null;
  const back = can(locals, 'jurisdictions.create') ? '/admin/jurisdictions' : '/jurisdictions';
  const canEdit = can(locals, 'jurisdictions.updateSettings');
  return { settings, jurisdiction, back, canEdit, changes };
};

export const actions: Actions = {
  /** One group's form: sends the keys whose value differs from the one in force. */
  save: async ({ locals, params, request }) => {
    requireOperation(locals, 'jurisdictions.updateSettings');
    const form = await request.formData();
    const group = String(form.get('group') ?? '');
    const current = await settingsOf(locals, params.code).catch(pageError);
    const keys = groupsOf(current.effective).find(([name]) => name === group)?.[1] ?? [];
    const update: Record<string, unknown> = {};
    for (const key of keys) {
      const value = valueFromForm(form, key, current.effective[key]);
      if (!isDeepStrictEqual(value, current.effective[key])) update[key] = value;
    }
    return send(locals, params.code, group, update, typedValues(form, keys));
  },
  /** 恢复继承: removes this jurisdiction's override of one key. */
  restore: async ({ locals, params, request }) => {
    requireOperation(locals, 'jurisdictions.updateSettings');
    const form = await request.formData();
    const key = String(form.get('key') ?? '');
    return send(locals, params.code, String(form.get('group') ?? ''), { [key]: null }, {});
  },
};

/** The settings in force, read key by key: the page shows and edits them generically by name. */
async function settingsOf(locals: App.Locals, code: string) {
  const settings = await ok(
    locals.api.GET('/api/v1/jurisdictions/{code}/settings', { params: { path: { code } } }),
  );
  return settings as typeof settings & ByKey<'effective' | 'overrides'>;
}
type ByKey<K extends string> = { [P in K]: Record<string, unknown> };

async function send(
  locals: App.Locals,
  code: string,
  group: string,
  update: Record<string, unknown>,
  values: Record<string, string>,
) {
  if (Object.keys(update).length === 0) return { group, saved: false };
  try {
    await ok(
      locals.api.PUT('/api/v1/jurisdictions/{code}/settings', {
        params: { path: { code } },
        // Values as the form gave them; the API names any it refuses.
        body: update as Body<'jurisdictions.updateSettings'>,
      }),
    );
  } catch (e) {
    const failure = actionFailure(e, values);
    // Errors by full path ("lecBands.red"), as the fields are named.
    const fieldErrors: Record<string, string> = {};
    for (const issue of e instanceof ApiError ? e.issues : []) {
      fieldErrors[issue.path] ??= issue.message;
    }
    return fail(failure.status, { ...failure.data, group, fieldErrors });
  }
  return { group, saved: true };
}

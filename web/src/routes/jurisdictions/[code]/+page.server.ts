import { fail } from '@sveltejs/kit';
import { isDeepStrictEqual } from 'node:util';
import { ApiError } from '$lib/server/api';
import { actionFailure, pageError } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';
import { groupsOf, typedValues, valueFromForm } from './setting-groups';

// The configuration values in force in a jurisdiction, which are set here, and who changed what.
// Agency admins (of this jurisdiction or above; the API checks the subtree) and platform admins
// edit one group at a time; inspectors read.
const READERS = ['platform_admin', 'agency_admin', 'inspector'] as const;
const EDITORS = ['platform_admin', 'agency_admin'] as const;

export const load: PageServerLoad = async ({ locals, params }) => {
  const membership = requireRole(locals, READERS);
  const [settings, jurisdictions, changes] = await Promise.all([
    locals.api.jurisdictions.settings(params.code),
    locals.api.jurisdictions.list(),
    locals.api.jurisdictionSettings.changes(params.code),
  ]).catch(pageError);
  const jurisdiction = jurisdictions.items.find((j) => j.code === params.code) ?? null;
  const back = membership.role === 'platform_admin' ? '/admin/jurisdictions' : '/jurisdictions';
  const canEdit = (EDITORS as readonly string[]).includes(membership.role);
  return { settings, jurisdiction, back, canEdit, changes };
};

export const actions: Actions = {
  /** One group's form: sends the keys whose value differs from the one in force. */
  save: async ({ locals, params, request }) => {
    requireRole(locals, EDITORS);
    const form = await request.formData();
    const group = String(form.get('group') ?? '');
    const current = await locals.api.jurisdictions.settings(params.code).catch(pageError);
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
    requireRole(locals, EDITORS);
    const form = await request.formData();
    const key = String(form.get('key') ?? '');
    return send(locals, params.code, String(form.get('group') ?? ''), { [key]: null }, {});
  },
};

async function send(
  locals: App.Locals,
  code: string,
  group: string,
  update: Record<string, unknown>,
  values: Record<string, string>,
) {
  if (Object.keys(update).length === 0) return { group, saved: false };
  try {
    await locals.api.jurisdictionSettings.save(code, update);
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

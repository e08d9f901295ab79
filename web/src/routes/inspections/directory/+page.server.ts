import { fail } from '@sveltejs/kit';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import { resolvePick, type PickKind } from './search';
import type { Actions, PageServerLoad } from './$types';

// The agency admin's directory: 执法人员 (with the account each records through), declared
// conflicts of interest, and the reusable catalogue of 抽查事项. Accounts, inspectors and
// enterprises are picked by name (search.ts), never typed as ids.

export const load: PageServerLoad = async ({ locals }) => {
  requireOperation(locals, 'inspections.createInspector');
  const [inspectors, conflicts, items] = await Promise.all([
    ok(locals.api.GET('/api/v1/inspectors')),
    ok(locals.api.GET('/api/v1/inspector-conflicts')),
    ok(locals.api.GET('/api/v1/inspection-items')),
  ]).catch(pageError);
  return { inspectors: inspectors.items, conflicts: conflicts.items, items: items.items };
};

/**
 * The pickers of a form resolved to ids; a picker that needs a choice refuses the form with its
 * matches, the typed values kept.
 */
async function picks<F extends string>(
  locals: App.Locals,
  form: FormData,
  section: string,
  fields: Record<F, PickKind>,
  values: Record<string, string>,
) {
  const ids = {} as Record<F, string | undefined>;
  for (const [field, kind] of Object.entries(fields) as [F, PickKind][]) {
    const resolved = await resolvePick(locals, kind, form, field);
    if (resolved && 'message' in resolved) {
      return fail(422, {
        section,
        message: resolved.message,
        errors: { [field]: resolved.message },
        matches: { [field]: resolved.matches },
        values,
      });
    }
    ids[field] = resolved?.id;
  }
  return ids;
}

export const actions: Actions = {
  inspector: async ({ locals, request }) => {
    const form = await request.formData();
    const values = textFields(form, ['name', 'badgeNumber', 'userIdQuery'] as const);
    try {
      const ids = await picks(locals, form, 'inspector', { userId: 'account' }, values);
      if ('status' in ids) return ids;
      await ok(
        locals.api.POST('/api/v1/inspectors', {
          body: { name: values.name, badgeNumber: values.badgeNumber, userId: ids.userId },
        }),
      );
    } catch (e) {
      return actionFailure(e, values);
    }
    return { saved: 'inspector' };
  },
  toggle: async ({ locals, request }) => {
    const form = await request.formData();
    try {
      await ok(
        locals.api.PATCH('/api/v1/inspectors/{id}', {
          params: { path: { id: String(form.get('id')) } },
          body: { active: form.get('active') === 'true' },
        }),
      );
    } catch (e) {
      return actionFailure(e);
    }
    return { saved: 'inspector' };
  },
  conflict: async ({ locals, request }) => {
    const form = await request.formData();
    const values = textFields(form, ['inspectorIdQuery', 'enterpriseIdQuery', 'reason'] as const);
    try {
      const ids = await picks(
        locals,
        form,
        'conflict',
        { inspectorId: 'inspector', enterpriseId: 'enterprise' },
        values,
      );
      if ('status' in ids) return ids;
      await ok(
        locals.api.POST('/api/v1/inspector-conflicts', {
          body: {
            inspectorId: ids.inspectorId ?? '',
            enterpriseId: ids.enterpriseId ?? '',
            reason: values.reason,
          },
        }),
      );
    } catch (e) {
      return actionFailure(e, values);
    }
    return { saved: 'conflict' };
  },
  item: async ({ locals, request }) => {
    const values = textFields(await request.formData(), ['name', 'legalBasis', 'method'] as const);
    try {
      await ok(locals.api.POST('/api/v1/inspection-items', { body: values }));
    } catch (e) {
      return actionFailure(e, values);
    }
    return { saved: 'item' };
  },
};

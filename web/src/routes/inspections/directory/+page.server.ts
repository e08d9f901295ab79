import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

// The agency admin's directory: 执法人员 (with the account each records through), declared
// conflicts of interest, and the reusable catalogue of 抽查事项.

export const load: PageServerLoad = async ({ locals }) => {
  requireOperation(locals, 'inspections.createInspector');
  const [inspectors, conflicts, items] = await Promise.all([
    ok(locals.api.GET('/api/v1/inspectors')),
    ok(locals.api.GET('/api/v1/inspector-conflicts')),
    ok(locals.api.GET('/api/v1/inspection-items')),
  ]).catch(pageError);
  return { inspectors: inspectors.items, conflicts: conflicts.items, items: items.items };
};

export const actions: Actions = {
  inspector: async ({ locals, request }) => {
    const values = textFields(await request.formData(), ['name', 'badgeNumber', 'userId'] as const);
    try {
      await ok(
        locals.api.POST('/api/v1/inspectors', {
          body: {
            name: values.name,
            badgeNumber: values.badgeNumber,
            userId: values.userId || undefined,
          },
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
    const values = textFields(await request.formData(), [
      'inspectorId',
      'enterpriseId',
      'reason',
    ] as const);
    try {
      await ok(locals.api.POST('/api/v1/inspector-conflicts', { body: values }));
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

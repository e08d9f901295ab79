import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

// The agency admin's directory: 执法人员 (with the account each records through), declared
// conflicts of interest, and the reusable catalogue of 抽查事项.
const KEEPER = ['agency_admin'] as const;

export const load: PageServerLoad = async ({ locals }) => {
  requireRole(locals, KEEPER);
  const [inspectors, conflicts, items] = await Promise.all([
    locals.api.inspections.inspectors(),
    locals.api.inspections.conflicts(),
    locals.api.inspections.items(),
  ]).catch(pageError);
  return { inspectors: inspectors.items, conflicts: conflicts.items, items: items.items };
};

export const actions: Actions = {
  inspector: async ({ locals, request }) => {
    requireRole(locals, KEEPER);
    const values = textFields(await request.formData(), ['name', 'badgeNumber', 'userId'] as const);
    try {
      await locals.api.inspections.createInspector({
        name: values.name,
        badgeNumber: values.badgeNumber,
        userId: values.userId || undefined,
      });
    } catch (e) {
      return actionFailure(e, values);
    }
    return { saved: 'inspector' };
  },
  toggle: async ({ locals, request }) => {
    requireRole(locals, KEEPER);
    const form = await request.formData();
    try {
      await locals.api.inspections.updateInspector(String(form.get('id')), {
        active: form.get('active') === 'true',
      });
    } catch (e) {
      return actionFailure(e);
    }
    return { saved: 'inspector' };
  },
  conflict: async ({ locals, request }) => {
    requireRole(locals, KEEPER);
    const values = textFields(await request.formData(), [
      'inspectorId',
      'enterpriseId',
      'reason',
    ] as const);
    try {
      await locals.api.inspections.declareConflict(values);
    } catch (e) {
      return actionFailure(e, values);
    }
    return { saved: 'conflict' };
  },
  item: async ({ locals, request }) => {
    requireRole(locals, KEEPER);
    const values = textFields(await request.formData(), ['name', 'legalBasis', 'method'] as const);
    try {
      await locals.api.inspections.createItem(values);
    } catch (e) {
      return actionFailure(e, values);
    }
    return { saved: 'item' };
  },
};

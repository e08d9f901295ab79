import { redirect } from '@sveltejs/kit';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

// 双随机一公开: the agency's plans (and a form to make one) and the caller's own assignments.

export const load: PageServerLoad = async ({ locals }) => {
  requireOperation(locals, 'inspections.listPlans');
  const [plans, items, mine] = await Promise.all([
    ok(locals.api.GET('/api/v1/inspection-plans')),
    ok(locals.api.GET('/api/v1/inspection-items')),
    ok(locals.api.GET('/api/v1/inspections', { params: { query: { mine: 'true' } } })),
  ]).catch(pageError);
  return { plans: plans.items, items: items.items, mine: mine.items };
};

export const actions: Actions = {
  create: async ({ locals, request }) => {
    requireOperation(locals, 'inspections.createPlan');
    const form = await request.formData();
    const values = textFields(form, [
      'name',
      'periodStart',
      'periodEnd',
      'sampleSize',
      'teamSize',
    ] as const);
    let id: string;
    try {
      ({ id } = await ok(
        locals.api.POST('/api/v1/inspection-plans', {
          body: {
            name: values.name,
            periodStart: values.periodStart,
            periodEnd: values.periodEnd,
            itemIds: form.getAll('itemIds').map(String),
            sampleSize: Number(values.sampleSize),
            teamSize: Number(values.teamSize),
          },
        }),
      ));
    } catch (e) {
      return actionFailure(e, values);
    }
    redirect(303, `/inspections/plans/${id}`);
  },
};

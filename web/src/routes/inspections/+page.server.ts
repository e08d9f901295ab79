import { redirect } from '@sveltejs/kit';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

// 双随机一公开: the agency's plans (and a form to make one) and the caller's own assignments.
const AGENCY = ['agency_admin', 'inspector'] as const;

export const load: PageServerLoad = async ({ locals }) => {
  requireRole(locals, AGENCY);
  const [plans, items, mine] = await Promise.all([
    locals.api.inspections.plans(),
    locals.api.inspections.items(),
    locals.api.inspections.list({ mine: 'true' }),
  ]).catch(pageError);
  return { plans: plans.items, items: items.items, mine: mine.items };
};

export const actions: Actions = {
  create: async ({ locals, request }) => {
    requireRole(locals, AGENCY);
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
      ({ id } = await locals.api.inspections.createPlan({
        name: values.name,
        periodStart: values.periodStart,
        periodEnd: values.periodEnd,
        itemIds: form.getAll('itemIds').map(String),
        sampleSize: Number(values.sampleSize),
        teamSize: Number(values.teamSize),
      }));
    } catch (e) {
      return actionFailure(e, values);
    }
    redirect(303, `/inspections/plans/${id}`);
  },
};

import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

// One report: the draft editor for the 主要负责人, the snapshot (with its SHA-256 and receipts)
// for everyone who may read it, and the 签收 button for a recipient who has not signed yet. The
// API decides what the caller may see and do (the report's `actions`); the page shows just that.

const REPORT = '/api/v1/enterprises/{enterpriseId}/reports/{id}' as const;

export const load: PageServerLoad = async ({ locals, params }) => {
  const report = await ok(locals.api.GET(REPORT, { params: { path: params } })).catch(pageError);
  return {
    report,
    canEdit: report.actions.includes('edit'),
    canSubmit: report.actions.includes('submit'),
    canAcknowledge: report.actions.includes('acknowledge'),
  };
};

const SECTIONS = ['currentSituation', 'harmAnalysis', 'treatmentPlan', 'note'] as const;

export const actions: Actions = {
  save: async ({ locals, params, request }) => {
    const form = await request.formData();
    const values = textFields(form, SECTIONS);
    // Only the fields the form shows are sent: a periodic report has a note and no sections.
    const body = Object.fromEntries(Object.entries(values).filter(([k]) => form.has(k)));
    try {
      await ok(locals.api.PATCH(REPORT, { params: { path: params }, body }));
    } catch (e) {
      return actionFailure(e, values);
    }
    return { saved: true };
  },
  submit: async ({ locals, params }) => {
    try {
      await ok(locals.api.POST(`${REPORT}/submit`, { params: { path: params } }));
    } catch (e) {
      return actionFailure(e);
    }
  },
  acknowledge: async ({ locals, params }) => {
    try {
      await ok(locals.api.POST(`${REPORT}/acknowledgements`, { params: { path: params } }));
    } catch (e) {
      return actionFailure(e);
    }
  },
};

import { error } from '@sveltejs/kit';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

// One report: the draft editor for the 主要负责人, the snapshot (with its SHA-256 and receipts)
// for everyone who may read it, and the 签收 button for a recipient who has not signed yet. The
// API decides what the caller may see and do; the page only hides buttons it would refuse.

export const load: PageServerLoad = async ({ locals, params }) => {
  const membership = requireRole(locals, [
    'enterprise_admin',
    'safety_manager',
    'agency_admin',
    'inspector',
    'congress_rep',
  ]);
  const report = await locals.api.reports.get(params.enterpriseId, params.id).catch(pageError);
  const side =
    membership.role === 'congress_rep'
      ? 'congress'
      : membership.agencyId === report.agency.id
        ? 'agency'
        : null;
  return {
    report,
    canEdit: membership.role === 'enterprise_admin' && report.state === 'draft',
    canAcknowledge: side !== null && report.awaiting.includes(side),
  };
};

const SECTIONS = ['currentSituation', 'harmAnalysis', 'treatmentPlan', 'note'] as const;

export const actions: Actions = {
  save: async ({ locals, params, request }) => {
    requireRole(locals, ['enterprise_admin']);
    const form = await request.formData();
    const values = textFields(form, SECTIONS);
    // Only the fields the form shows are sent: a periodic report has a note and no sections.
    const body = Object.fromEntries(Object.entries(values).filter(([k]) => form.has(k)));
    try {
      await locals.api.reports.edit(params.enterpriseId, params.id, body);
    } catch (e) {
      return actionFailure(e, values);
    }
    return { saved: true };
  },
  submit: async ({ locals, params }) => {
    requireRole(locals, ['enterprise_admin']);
    try {
      await locals.api.reports.submit(params.enterpriseId, params.id);
    } catch (e) {
      return actionFailure(e);
    }
  },
  acknowledge: async ({ locals, params }) => {
    const m = requireRole(locals, ['agency_admin', 'inspector', 'congress_rep']);
    if (!m) error(403);
    try {
      await locals.api.reports.acknowledge(params.enterpriseId, params.id);
    } catch (e) {
      return actionFailure(e);
    }
  },
};

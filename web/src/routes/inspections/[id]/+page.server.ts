import { HAZARD_CATEGORIES, HAZARD_GRADES, HAZARD_KINDS } from '@shuangfang/db/enums';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import { uploadPhotos } from '$lib/server/uploads';
import type { ItemResult } from '$lib/inspection-types';
import type { Actions, PageServerLoad } from './$types';

// One assignment: its team records it — each plan item's result, one finding with a photo that
// can be opened as a hazard at the enterprise (立案为隐患), and on-site document photos. Photos
// are uploads of the inspected enterprise, which regulators in scope may make.
const AGENCY = ['agency_admin', 'inspector'] as const;

export const load: PageServerLoad = async ({ locals, params }) => {
  requireRole(locals, AGENCY);
  const inspection = await locals.api.inspections.get(params.id).catch(pageError);
  return { inspection, kinds: HAZARD_KINDS, categories: HAZARD_CATEGORIES, grades: HAZARD_GRADES };
};

export const actions: Actions = {
  default: async ({ locals, params, request }) => {
    requireRole(locals, AGENCY);
    const form = await request.formData();
    const values = textFields(form, [
      'inspectedOn',
      'findingDescription',
      'kind',
      'category',
      'openHazard',
      'grade',
      'deadline',
    ] as const);
    try {
      const inspection = await locals.api.inspections.get(params.id);
      const itemResults = inspection.items.map((item) => ({
        itemId: item.id,
        result: String(form.get(`result-${item.id}`) ?? 'pass') as ItemResult,
      }));
      const findings = [];
      if (values.findingDescription) {
        const attachments = await uploadPhotos(locals.api, inspection.enterpriseId, form, 'photo');
        findings.push({
          description: values.findingDescription,
          kind: values.kind,
          category: values.category,
          attachments,
          ...(values.openHazard && {
            // A date entered in China: the deadline is the end of that day.
            hazard: { grade: values.grade, deadline: `${values.deadline}T23:59:59+08:00` },
          }),
        });
      }
      const documents = await uploadPhotos(locals.api, inspection.enterpriseId, form, 'documents');
      await locals.api.inspections.record(params.id, {
        inspectedOn: values.inspectedOn,
        itemResults,
        findings,
        documents,
      });
    } catch (e) {
      return actionFailure(e, values);
    }
    return { recorded: true };
  },
};

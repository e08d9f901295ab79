import { HAZARD_CATEGORIES, HAZARD_GRADES, HAZARD_KINDS } from '@shuangfang/db/enums';
import type { Body, ItemResult } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import { uploadPhotos } from '$lib/server/uploads';
import type { Actions, PageServerLoad } from './$types';

// One assignment: its team records it — each plan item's result, one finding with a photo that
// can be opened as a hazard at the enterprise (立案为隐患), and on-site document photos. Photos
// are uploads of the inspected enterprise, which regulators in scope may make.

type Finding = NonNullable<Body<'inspections.recordInspection'>['findings']>[number];

const inspectionOf = (locals: App.Locals, id: string) =>
  ok(locals.api.GET('/api/v1/inspections/{id}', { params: { path: { id } } }));

export const load: PageServerLoad = async ({ locals, params }) => {
  requireOperation(locals, 'inspections.getInspection');
  const inspection = await inspectionOf(locals, params.id).catch(pageError);
  return { inspection, kinds: HAZARD_KINDS, categories: HAZARD_CATEGORIES, grades: HAZARD_GRADES };
};

export const actions: Actions = {
  default: async ({ locals, params, request }) => {
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
      const inspection = await inspectionOf(locals, params.id);
      const itemResults = inspection.items.map((item) => ({
        itemId: item.id,
        result: String(form.get(`result-${item.id}`) ?? 'pass') as ItemResult,
      }));
      const findings: Finding[] = [];
      if (values.findingDescription) {
        const attachments = await uploadPhotos(locals.api, inspection.enterpriseId, form, 'photo');
        // Kind, category and grade as chosen; the API names any it does not know.
        findings.push({
          description: values.findingDescription,
          kind: values.kind as Finding['kind'],
          category: values.category as Finding['category'],
          attachments,
          ...(values.openHazard && {
            // A date entered in China: the deadline is the end of that day.
            hazard: {
              grade: values.grade as NonNullable<Finding['hazard']>['grade'],
              deadline: `${values.deadline}T23:59:59+08:00`,
            },
          }),
        });
      }
      const documents = await uploadPhotos(locals.api, inspection.enterpriseId, form, 'documents');
      await ok(
        locals.api.POST('/api/v1/inspections/{id}/record', {
          params: { path: { id: params.id } },
          body: { inspectedOn: values.inspectedOn, itemResults, findings, documents },
        }),
      );
    } catch (e) {
      return actionFailure(e, values);
    }
    return { recorded: true };
  },
};

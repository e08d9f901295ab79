import { fail } from '@sveltejs/kit';
import { HAZARD_CATEGORIES, HAZARD_GRADES, HAZARD_KINDS } from '@shuangfang/db/enums';
import type { Body, ItemResult } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import { filesOf, uploadPhotos } from '$lib/server/uploads';
import type { Actions, PageServerLoad } from './$types';
import { findingFields, FINDINGS_MAX, findingCountOf, issueField } from './record-form';

// One assignment: its team records it — each plan item's result (none chosen in advance), any
// number of findings each with its own photos, any of which can be opened as a hazard at the
// enterprise (立案为隐患), and on-site document photos. Photos are uploads of the inspected
// enterprise, which regulators in scope may make.

type Finding = NonNullable<Body<'inspections.recordInspection'>['findings']>[number];
const RESULTS: readonly string[] = ['pass', 'fail', 'not_applicable'] satisfies ItemResult[];

const inspectionOf = (locals: App.Locals, id: string) =>
  ok(locals.api.GET('/api/v1/inspections/{id}', { params: { path: { id } } }));

export const load: PageServerLoad = async ({ locals, params }) => {
  requireOperation(locals, 'inspections.getInspection');
  const inspection = await inspectionOf(locals, params.id).catch(pageError);
  return { inspection, kinds: HAZARD_KINDS, categories: HAZARD_CATEGORIES, grades: HAZARD_GRADES };
};

/** Every text field of the form as typed, so a refused or widened form gives them all back. */
function typedValues(form: FormData, itemIds: string[], count: number) {
  const names = [
    'inspectedOn',
    ...itemIds.map((id) => `result-${id}`),
    ...Array.from({ length: count }, (_, n) => findingFields(n)).flatMap((f) => Object.values(f)),
  ];
  return textFields(form, names);
}

export const actions: Actions = {
  /** Without scripts, 再添加一条 comes here: the same form back with one more finding. */
  more: async ({ locals, params, request }) => {
    const form = await request.formData();
    const inspection = await inspectionOf(locals, params.id).catch(pageError);
    const count = findingCountOf(form);
    const values = typedValues(
      form,
      inspection.items.map((i) => i.id),
      count,
    );
    return { more: true, findingCount: Math.min(count + 1, FINDINGS_MAX), values };
  },
  record: async ({ locals, params, request }) => {
    const form = await request.formData();
    const count = findingCountOf(form);
    let values: Record<string, string> = { inspectedOn: '' };
    try {
      const inspection = await inspectionOf(locals, params.id);
      values = typedValues(
        form,
        inspection.items.map((i) => i.id),
        count,
      );
      const refuse = (field: string, message: string) =>
        fail(422, { message, errors: { [field]: message }, values, findingCount: count });
      // Nothing is preselected: an item left unanswered is named before any photo is sent.
      const unanswered = inspection.items.find((i) => !RESULTS.includes(values[`result-${i.id}`]!));
      if (unanswered) {
        const message = locals.t('inspections.unanswered', { name: unanswered.name });
        return refuse(`result-${unanswered.id}`, message);
      }
      const itemResults = inspection.items.map((item) => ({
        itemId: item.id,
        result: values[`result-${item.id}`] as ItemResult,
      }));
      // A finding block left empty is not a finding; one with photos needs its description.
      const blocks = Array.from({ length: count }, (_, n) => ({ n, f: findingFields(n) })).filter(
        ({ f }) => values[f.description] || filesOf(form, f.photo).length > 0,
      );
      for (const { n, f } of blocks) {
        if (!values[f.description]) {
          const message = locals.t('inspections.findingNeedsDescription', { n: n + 1 });
          return refuse(f.description, message);
        }
      }
      const findings: Finding[] = [];
      for (const { f } of blocks) {
        const attachments = await uploadPhotos(locals.api, inspection.enterpriseId, form, f.photo);
        // Kind, category and grade as chosen; the API names any it does not know.
        findings.push({
          description: values[f.description]!,
          kind: values[f.kind] as Finding['kind'],
          category: values[f.category] as Finding['category'],
          attachments,
          ...(values[f.openHazard] && {
            // A date entered in China: the deadline is the end of that day.
            hazard: {
              grade: values[f.grade] as NonNullable<Finding['hazard']>['grade'],
              deadline: `${values[f.deadline]}T23:59:59+08:00`,
            },
          }),
        });
      }
      const documents = await uploadPhotos(locals.api, inspection.enterpriseId, form, 'documents');
      // The API numbers the findings it was sent; the form's blocks may have gaps.
      const numbering = blocks.map(({ n }) => n);
      try {
        await ok(
          locals.api.POST('/api/v1/inspections/{id}/record', {
            params: { path: { id: params.id } },
            body: { inspectedOn: values.inspectedOn!, itemResults, findings, documents },
          }),
        );
      } catch (e) {
        const failure = actionFailure(e, values);
        const errors: Record<string, string> = {};
        for (const issue of failure.data.issues) {
          errors[issueField(issue.path, numbering, inspection.items)] ??= issue.message;
        }
        return fail(failure.status, { ...failure.data, errors, findingCount: count });
      }
    } catch (e) {
      const failure = actionFailure(e, values);
      return fail(failure.status, { ...failure.data, findingCount: count });
    }
    return { recorded: true };
  },
};

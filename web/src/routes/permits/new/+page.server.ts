import { redirect } from '@sveltejs/kit';
import { PERMIT_TYPES, type PermitType } from '@shuangfang/db/enums';
import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { can, membershipOf, requireOperation } from '$lib/server/guard';
import { chinaInstant, chinaLocal, DETAIL_FIELDS, keptValue, readDetails } from './permit-fields';
import type { Actions, PageServerLoad } from './$types';

// Applying for a 特殊作业票: first the type (a plain link each, so the form works without
// scripts), then that type's form. 作业负责人 and 监护人 are picked from the enterprise's
// accounts; the API sets the level's validity, approval chain and safety measures.

const typeOf = (url: URL) => PERMIT_TYPES.find((t) => t === url.searchParams.get('type')) ?? null;

const HOUR = 3_600_000;
const COMMON = [
  'applicantUnit',
  'workUnit',
  'content',
  'location',
  'riskUnitId',
  'workLeaderId',
  'guardId',
  'guardCertificate',
  'hazardIdentification',
  'otherMeasures',
  'validFrom',
  'validTo',
  'workers',
] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperation(locals, 'workPermits.apply');
  const { enterpriseId } = membershipOf(locals);
  if (!enterpriseId) redirect(303, '/permits');
  const type = typeOf(url);
  const path = { enterpriseId };
  const [duties, runStates] = await Promise.all([
    ok(locals.api.GET('/api/v1/enterprises/{enterpriseId}/duty-assignments', { params: { path } })),
    can(locals, 'runStates.overview')
      ? ok(locals.api.GET('/api/v1/enterprises/{enterpriseId}/run-states', { params: { path } }))
      : Promise.resolve(null),
  ]).catch(pageError);
  const now = new Date();
  return {
    type,
    types: PERMIT_TYPES,
    fields: type ? DETAIL_FIELDS[type] : [],
    members: duties.members,
    units: runStates?.units ?? [],
    // The form opens on now to eight hours on (the shortest validity of a graded 动火).
    defaults: {
      validFrom: chinaLocal(now),
      validTo: chinaLocal(new Date(now.getTime() + 8 * HOUR)),
    },
  };
};

/** 作业人, one a line: the name, then the certificate number if any. */
function readWorkers(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', ...rest] = line.split(/\s+/);
      return { name, certificate: rest.join(' ') || null };
    });
}

export const actions: Actions = {
  default: async ({ locals, request, url }) => {
    const { enterpriseId } = membershipOf(locals);
    const type: PermitType | null = typeOf(url);
    if (!enterpriseId || !type) redirect(303, '/permits/new');
    const form = await request.formData();
    const v = textFields(form, COMMON);
    const detailValues = Object.fromEntries(
      DETAIL_FIELDS[type].map((f) => [f.name, keptValue(f, form)]),
    );
    const body = {
      type,
      applicantUnit: v.applicantUnit,
      workUnit: v.workUnit,
      contractor: form.get('contractor') === 'on',
      content: v.content,
      location: v.location,
      ...(v.riskUnitId ? { riskUnitId: v.riskUnitId } : {}),
      workLeaderId: v.workLeaderId,
      guardId: v.guardId,
      ...(v.guardCertificate ? { guardCertificate: v.guardCertificate } : {}),
      workers: readWorkers(v.workers),
      hazardIdentification: v.hazardIdentification,
      ...(v.otherMeasures ? { otherMeasures: v.otherMeasures } : {}),
      validFrom: chinaInstant(v.validFrom),
      validTo: chinaInstant(v.validTo),
      details: readDetails(type, form),
    };
    let id: string;
    try {
      const permit = await ok(
        locals.api.POST('/api/v1/enterprises/{enterpriseId}/work-permits', {
          params: { path: { enterpriseId } },
          // The fields as typed; the API names any it refuses.
          body: body as unknown as Body<'workPermits.apply'>,
        }),
      );
      id = permit.id;
    } catch (e) {
      return actionFailure(e, {
        ...v,
        ...detailValues,
        contractor: form.get('contractor') === 'on' ? 'on' : '',
      });
    }
    redirect(303, `/permits/${id}`);
  },
};

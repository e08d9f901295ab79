import { fail } from '@sveltejs/kit';
import { actionFailure, pageError } from '$lib/server/errors';
import { requireRiskWriter, riskScope } from '$lib/server/risk-scope';
import type { Point } from '$lib/risk-types';
import type { Actions, PageServerLoad } from './$types';

// 四色安全风险空间分布图: the site plan with every placed risk object in its grade's colour.
export const load: PageServerLoad = async ({ locals, url }) => {
  const scope = riskScope(locals, url);
  const [enterprise, register] = await Promise.all([
    locals.api.enterprises.get(scope.enterpriseId),
    locals.api.risk.register(scope.enterpriseId),
  ]).catch(pageError);
  return { enterprise: { id: enterprise.id, name: enterprise.name }, register, ...scope };
};

/** The drawn polygon arrives as JSON text; anything malformed is left for the API to refuse. */
function pointsFrom(text: FormDataEntryValue | null): Point[] {
  try {
    const parsed: unknown = JSON.parse(typeof text === 'string' ? text : '[]');
    return Array.isArray(parsed) ? (parsed as Point[]) : [];
  } catch {
    return [];
  }
}

export const actions: Actions = {
  upload: async ({ locals, request }) => {
    const enterpriseId = requireRiskWriter(locals);
    const file = (await request.formData()).get('file');
    if (!(file instanceof File) || file.size === 0) {
      return fail(400, { form: 'upload', message: locals.t('riskMap.noFile') });
    }
    try {
      await locals.api.sitePlan.upload(enterpriseId, file);
    } catch (e) {
      return actionFailure(e, { form: 'upload' });
    }
    return { uploaded: true };
  },
  place: async ({ locals, request }) => {
    const enterpriseId = requireRiskWriter(locals);
    const data = await request.formData();
    const objectId = String(data.get('objectId') ?? '');
    const points = pointsFrom(data.get('points'));
    if (points.length < 3) {
      return fail(400, { form: 'place', message: locals.t('riskMap.needPoints') });
    }
    try {
      await locals.api.sitePlan.placeObject(enterpriseId, objectId, points);
    } catch (e) {
      return actionFailure(e, { form: 'place' });
    }
    return { placed: objectId };
  },
  unplace: async ({ locals, request }) => {
    const enterpriseId = requireRiskWriter(locals);
    const objectId = String((await request.formData()).get('objectId') ?? '');
    try {
      await locals.api.sitePlan.placeObject(enterpriseId, objectId, null);
    } catch (e) {
      return actionFailure(e, { form: 'place' });
    }
    return { placed: objectId };
  },
};

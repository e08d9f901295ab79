import { fail } from '@sveltejs/kit';
import { error } from '@sveltejs/kit';
import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError } from '$lib/server/errors';
import { riskPage, riskScope } from '$lib/server/risk-scope';
import type { Actions, PageServerLoad } from './$types';

type Point = NonNullable<Body<'sitePlan.placeObject'>['points']>[number];

/** The site plan is drawn on by the enterprise's own managers only. */
function writerEnterprise(locals: App.Locals, url: URL): string {
  const scope = riskScope(locals, url);
  if (!scope.canWrite) error(403, locals.t('errors.forbidden'));
  return scope.enterpriseId;
}

// 四色安全风险空间分布图: the site plan with every placed risk object in its grade's colour.
export const load: PageServerLoad = async ({ locals, url }) => {
  const { scope, enterprise, register } = await riskPage(locals, url).catch(pageError);
  return { enterprise, register, ...scope };
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

const place = (api: App.Locals['api'], enterpriseId: string, id: string, points: Point[] | null) =>
  ok(
    api.PUT('/api/v1/enterprises/{enterpriseId}/risk-objects/{id}/polygon', {
      params: { path: { enterpriseId, id } },
      body: { points },
    }),
  );

export const actions: Actions = {
  upload: async ({ locals, request, url }) => {
    const enterpriseId = writerEnterprise(locals, url);
    const file = (await request.formData()).get('file');
    if (!(file instanceof File) || file.size === 0) {
      return fail(400, { form: 'upload', message: locals.t('riskMap.noFile') });
    }
    try {
      const form = new FormData();
      form.set('file', file, file.name);
      await ok(
        locals.api.PUT('/api/v1/enterprises/{enterpriseId}/site-plan', {
          params: { path: { enterpriseId } },
          // multipart/form-data: openapi-fetch sends a FormData body as it is.
          body: form as never,
        }),
      );
    } catch (e) {
      return actionFailure(e, { form: 'upload' });
    }
    return { uploaded: true };
  },
  place: async ({ locals, request, url }) => {
    const enterpriseId = writerEnterprise(locals, url);
    const data = await request.formData();
    const objectId = String(data.get('objectId') ?? '');
    const points = pointsFrom(data.get('points'));
    if (points.length < 3) {
      return fail(400, { form: 'place', message: locals.t('riskMap.needPoints') });
    }
    try {
      await place(locals.api, enterpriseId, objectId, points);
    } catch (e) {
      return actionFailure(e, { form: 'place' });
    }
    return { placed: objectId };
  },
  unplace: async ({ locals, request, url }) => {
    const enterpriseId = writerEnterprise(locals, url);
    const objectId = String((await request.formData()).get('objectId') ?? '');
    try {
      await place(locals.api, enterpriseId, objectId, null);
    } catch (e) {
      return actionFailure(e, { form: 'place' });
    }
    return { placed: objectId };
  },
};

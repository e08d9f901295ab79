import { error, fail } from '@sveltejs/kit';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

// An enterprise adopts items of the check-item library (检查表) — written check items and 判定
// items alike — into one control measure's check content (docs/domain-criteria.md section 7).
// The search is a GET form and each adoption a plain POST form: it all works without JavaScript.

function enterpriseOf(locals: App.Locals) {
  const membership = requireOperation(locals, 'checkItems.adopted');
  if (!membership.enterpriseId) error(404, locals.t('errors.notFound'));
  return membership.enterpriseId;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const enterpriseId = enterpriseOf(locals);
  const q = (url.searchParams.get('q') ?? '').trim();
  const kind = url.searchParams.get('kind') ?? '';
  const [adopted, enterprise] = await Promise.all([
    ok(
      locals.api.GET('/api/v1/enterprises/{enterpriseId}/control-measures/{id}/check-items', {
        params: { path: { enterpriseId, id: params.measureId } },
      }),
    ),
    ok(locals.api.GET('/api/v1/enterprises/{id}', { params: { path: { id: enterpriseId } } })),
  ]).catch(pageError);
  // The library narrowed to the enterprise's industry: only items that apply can be adopted.
  const library = adopted.actions.includes('adopt')
    ? await ok(
        locals.api.GET('/api/v1/public/check-items', {
          params: {
            query: {
              q: q || undefined,
              industry: enterprise.industry,
              kind: (kind || undefined) as 'check' | 'criterion' | undefined,
              limit: 30,
            },
          },
        }),
      ).catch(pageError)
    : null;
  const event = url.searchParams.get('event');
  return {
    adopted,
    library,
    industry: enterprise.industry,
    search: { q, kind },
    back: event && /^[0-9a-f-]{36}$/.test(event) ? `/risk/events/${event}` : '/risk',
  };
};

export const actions: Actions = {
  adopt: async ({ locals, request, params }) => {
    const enterpriseId = enterpriseOf(locals);
    const values = textFields(await request.formData(), ['kind', 'itemId']);
    try {
      await ok(
        locals.api.POST('/api/v1/enterprises/{enterpriseId}/control-measures/{id}/check-items', {
          params: { path: { enterpriseId, id: params.measureId } },
          body:
            values.kind === 'criterion'
              ? { criterionItemId: values.itemId }
              : { checkItemId: values.itemId },
        }),
      );
    } catch (e) {
      const failure = actionFailure(e, values);
      return fail(failure.status, failure.data);
    }
    return { adopted: values.itemId };
  },
};

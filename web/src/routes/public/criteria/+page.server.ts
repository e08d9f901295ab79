import { fail, redirect } from '@sveltejs/kit';
import type { Query } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { standardBody, STANDARD_FIELDS } from './standard-form';
import type { Actions, PageServerLoad } from './$types';

type Search = Query<'criteria.searchItems'>;

// The 判定标准 library, for anyone (no login): the standards with what the product holds of each,
// and the items searched by words, standard and industry (a GET form: works without JavaScript
// and a search can be linked to). A platform admin's session adds what `actions` allow.
export const load: PageServerLoad = async ({ locals, url }) => {
  const p = url.searchParams;
  const search: Record<string, string> = {};
  for (const key of ['q', 'standard', 'industry'] as const) {
    const value = p.get(key)?.trim();
    if (value) search[key] = value;
  }
  if (p.get('includeRetired') === 'true') search.includeRetired = 'true';
  const searched = Object.keys(search).length > 0;
  const [standards, items] = await Promise.all([
    ok(locals.api.GET('/api/v1/public/criteria/standards')),
    searched
      ? ok(
          locals.api.GET('/api/v1/public/criteria/items', {
            params: { query: { ...(search as Search), limit: 100 } },
          }),
        )
      : Promise.resolve(null),
  ]).catch(pageError);
  return { standards, items, search };
};

export const actions: Actions = {
  /** A platform admin adds a standard (a newer national one, or a province's own). */
  addStandard: async ({ locals, request }) => {
    const form = await request.formData();
    const values = textFields(form, ['code', ...STANDARD_FIELDS]);
    let code: string;
    try {
      const created = await ok(
        locals.api.POST('/api/v1/criteria/standards', {
          body: { code: values.code, ...standardBody(values, form) },
        }),
      );
      code = created.code;
    } catch (e) {
      const failure = actionFailure(e, values);
      return fail(failure.status, failure.data);
    }
    redirect(303, `/public/criteria/standards/${code}`);
  },
};

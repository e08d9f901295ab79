import { fail } from '@sveltejs/kit';
import { ApiError, ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { filesOf } from '$lib/server/uploads';
import type { PublicEnterprise } from '$lib/api/types';
import type { Actions, PageServerLoad } from './$types';

// The public tip-off form: anyone, no account. The enterprise is found by name or credit code
// (`?q=`), or comes from the board whose QR code was scanned (`?board=`). Photos go to the API
// with the form in one request: a citizen has no access to an enterprise's photo store.

const BOARD = /^[a-z0-9]{24}$/;

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
  const q = url.searchParams.get('q')?.trim() ?? '';
  const board = url.searchParams.get('board') ?? '';
  setHeaders({ 'cache-control': 'no-store' });
  const find = (query: { board: string } | { q: string }) =>
    ok(locals.api.GET('/api/v1/public/enterprises', { params: { query } })).catch(pageError);
  let enterprises: PublicEnterprise[] = [];
  if (BOARD.test(board)) enterprises = (await find({ board })).items;
  else if (q.length >= 2) enterprises = (await find({ q })).items;
  return { q, searched: q.length >= 2 || BOARD.test(board), enterprises };
};

const FIELDS = [
  'enterpriseId',
  'kind',
  'description',
  'location',
  'reporterName',
  'reporterPhone',
] as const;

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const form = await request.formData();
    const values = textFields(form, FIELDS);
    const anonymous = form.get('anonymous') === 'on';
    if (!values.enterpriseId) {
      const message = locals.t('tipoffs.chooseEnterprise');
      return fail(422, { message, errors: { enterpriseId: message }, values, anonymous });
    }
    const body = new FormData();
    for (const name of FIELDS) {
      // Nothing identifying leaves this server for an anonymous report.
      if (anonymous && (name === 'reporterName' || name === 'reporterPhone')) continue;
      if (values[name] !== '') body.set(name, values[name]);
    }
    body.set('anonymous', anonymous ? 'true' : 'false');
    for (const file of filesOf(form, 'photos')) body.append('photos', file, file.name);
    try {
      const filed = await ok(
        // multipart/form-data: openapi-fetch sends a FormData body as it is.
        locals.api.POST('/api/v1/public/tipoffs', { body: body as never }),
      );
      return { filed };
    } catch (e) {
      if (e instanceof ApiError && e.status === 429) {
        return fail(429, { message: e.message, errors: {}, values, anonymous });
      }
      const failure = actionFailure(e, values);
      // A photo's issue is named `photos.<n>`: shown at the photo field.
      const errors = failure.data.errors;
      const photoIssue = failure.data.issues.find((i) => i.path.startsWith('photos'));
      if (photoIssue) errors.photos = photoIssue.message;
      return fail(failure.status, { ...failure.data, errors, anonymous });
    }
  },
};

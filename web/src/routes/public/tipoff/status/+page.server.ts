import { fail } from '@sveltejs/kit';
import { ApiError, ok } from '$lib/server/api';
import { actionFailure } from '$lib/server/errors';
import type { Actions } from './$types';

// The reporter's progress page. The receipt code is posted, not put in the URL, so it stays out
// of browser history, proxies' logs and the Referer of any link followed from here.
export const actions: Actions = {
  default: async ({ locals, request }) => {
    const code = String((await request.formData()).get('code') ?? '').trim();
    if (!code) return fail(422, { code, notFound: true });
    try {
      const status = await ok(
        locals.api.GET('/api/v1/public/tipoffs/{receiptCode}', {
          params: { path: { receiptCode: code } },
        }),
      );
      return { code, status };
    } catch (e) {
      if (e instanceof ApiError && (e.status === 404 || e.status === 422)) {
        return fail(404, { code, notFound: true });
      }
      return actionFailure(e, { code });
    }
  },
};

import { ApiError, ok, type Api } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

// The public query (no login): current standardization certificates by enterprise name or credit
// code — what the public API gives and nothing else about the enterprise. A GET form, so it works
// without JavaScript and a result can be linked to.
// Above it, the 公示: the applications now on public notice, shown to anyone.
export const load: PageServerLoad = async ({ locals, url }) => {
  const q = (url.searchParams.get('q') ?? '').trim();
  const [publicity, search] = await Promise.all([
    ok(locals.api.GET('/api/v1/public/standardization/publicity')).catch(pageError),
    certificates(locals.api, q),
  ]);
  return { q, publicity: publicity.items, ...search };
};

async function certificates(api: Api, q: string) {
  if (!q) return { items: null, message: null };
  try {
    const { items } = await ok(
      api.GET('/api/v1/public/standardization', { params: { query: { q } } }),
    );
    return { items, message: null };
  } catch (e) {
    // A query the API refuses (too short, too long) is shown as its message.
    if (e instanceof ApiError && e.status === 422) return { items: null, message: e.message };
    return pageError(e);
  }
}

import { ApiError, ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

// The public query of the blacklist: anyone, no login. Only listings in force come back from the
// API; a query too short to search is shown as its message, not as an error page.
export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
  const q = (url.searchParams.get('q') ?? '').trim();
  setHeaders({ 'cache-control': 'no-store' });
  if (!q) return { q, items: null, message: null };
  try {
    const { items } = await ok(
      locals.api.GET('/api/v1/public/blacklist', { params: { query: { q } } }),
    );
    return { q, items, message: null };
  } catch (e) {
    if (e instanceof ApiError && e.status === 422) return { q, items: null, message: e.message };
    return pageError(e);
  }
};

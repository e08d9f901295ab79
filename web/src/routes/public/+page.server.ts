import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

// The public entrance: what anyone may query or report, and each agency's published pages.
export const load: PageServerLoad = async ({ locals }) => {
  const agencies = await ok(locals.api.GET('/api/v1/public/agencies')).catch(pageError);
  return { agencies: agencies.items };
};

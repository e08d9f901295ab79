import { pageError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

// 一公开: an agency's published random-inspection results and its draws, for anyone.
export const load: PageServerLoad = async ({ locals, params }) => ({
  results: await locals.api.inspections.publicResults(params.id).catch(pageError),
});

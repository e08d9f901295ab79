import { pageLinks } from '$lib/paging';
import { pageError } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import type { TipoffState } from '$lib/tipoff-types';
import type { PageServerLoad } from './$types';

const STATES: TipoffState[] = ['received', 'reviewing', 'unsubstantiated', 'verified'];

// 举报处理: the tip-offs about the enterprises of the agency's subtree, newest first.
export const load: PageServerLoad = async ({ locals, url }) => {
  requireRole(locals, ['agency_admin', 'inspector']);
  const stateParam = url.searchParams.get('state') ?? '';
  const state = STATES.find((s) => s === stateParam);
  const cursor = url.searchParams.get('cursor') || undefined;
  const page = await locals.api.tipoffs.list({ state, cursor }).catch(pageError);
  return {
    tipoffs: page.items,
    state: state ?? '',
    states: STATES,
    links: pageLinks(url, page.nextCursor),
  };
};

import { pageLinks } from '$lib/paging';
import { TIPOFF_STATES } from '@shuangfang/db/enums';
import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const STATES = TIPOFF_STATES;

// 举报处理: the tip-offs about the enterprises of the agency's subtree, newest first.
export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperation(locals, 'tipoffs.list');
  const stateParam = url.searchParams.get('state') ?? '';
  const state = STATES.find((s) => s === stateParam);
  const cursor = url.searchParams.get('cursor') || undefined;
  const page = await ok(
    locals.api.GET('/api/v1/tipoffs', { params: { query: { state, cursor } } }),
  ).catch(pageError);
  return {
    tipoffs: page.items,
    state: state ?? '',
    states: STATES,
    links: pageLinks(url, page.nextCursor),
  };
};

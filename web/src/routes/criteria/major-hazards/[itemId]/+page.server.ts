import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import type { Query } from '$lib/api/types';
import type { PageServerLoad } from './$types';

type Filter = Pick<Query<'hazards.listAcross'>, 'industry' | 'jurisdictionCode'>;

// The drill-down of "重大隐患 by 判定 item": the regulator's 重大 hazards judged against one item,
// in the jurisdiction and industry chosen on the overview.
export const load: PageServerLoad = async ({ locals, url, params }) => {
  requireOperation(locals, 'criteria.majorByItem');
  const filter: Record<string, string> = {};
  for (const key of ['industry', 'jurisdictionCode'] as const) {
    const value = url.searchParams.get(key);
    if (value) filter[key] = value;
  }
  const [item, page] = await Promise.all([
    ok(
      locals.api.GET('/api/v1/public/criteria/items/{criterionItemId}', {
        params: { path: { criterionItemId: params.itemId } },
      }),
    ),
    ok(
      locals.api.GET('/api/v1/hazards', {
        params: {
          query: {
            ...(filter as Filter),
            criterionItemId: params.itemId,
            grade: '重大',
            cursor: url.searchParams.get('cursor') || undefined,
            limit: 50,
          },
        },
      }),
    ),
  ]).catch(pageError);
  return { item, hazards: page.items, nextCursor: page.nextCursor, filter };
};

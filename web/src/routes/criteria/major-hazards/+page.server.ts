import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import type { Query } from '$lib/api/types';
import type { PageServerLoad } from './$types';

type Filter = Query<'criteria.majorByItem'>;
const KEYS = ['industry', 'standard', 'from', 'to'] as const;

/** The filters in the URL (a GET form); the API names a value that is not one of its set. */
function majorFilter(url: URL): Filter {
  const filter: Record<string, string> = {};
  for (const key of KEYS) {
    const value = url.searchParams.get(key);
    if (value) filter[key] = value;
  }
  const jurisdiction = url.searchParams.get('jurisdictionCode');
  if (jurisdiction) filter.jurisdiction = jurisdiction;
  return filter as Filter;
}

// 重大隐患 by 判定 item across the regulator's jurisdiction: which items recur in which
// industries (docs/domain-criteria.md section 6), with a drill-down to the hazards of one item.
export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperation(locals, 'criteria.majorByItem');
  const filter = majorFilter(url);
  const [report, jurisdictions, standards] = await Promise.all([
    ok(locals.api.GET('/api/v1/criteria/major-hazards', { params: { query: filter } })),
    ok(locals.api.GET('/api/v1/jurisdictions')).then((r) => r.items),
    ok(locals.api.GET('/api/v1/public/criteria/standards')).then((r) =>
      r.items.map((s) => ({ code: s.code, title: s.title })),
    ),
  ]).catch(pageError);
  return { report, jurisdictions, standards, filter };
};

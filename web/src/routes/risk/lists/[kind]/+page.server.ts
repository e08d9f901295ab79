import { error } from '@sveltejs/kit';
import { chinaToday } from '$lib/format';
import { pageError } from '$lib/server/errors';
import { riskPage } from '$lib/server/risk-scope';
import { filterOptions, filterRows, filtersFrom, isListKind, listRows } from './list-rows';
import type { PageServerLoad } from './$types';

// 三清单 as pages: the rows of the .xlsx, filtered by the query string (a GET form, no script).
export const load: PageServerLoad = async ({ locals, url, params }) => {
  const kind = params.kind;
  if (!isListKind(kind)) error(404, locals.t('errors.notFound'));
  const { scope, enterprise, register } = await riskPage(locals, url).catch(pageError);
  // The jurisdiction's names for the lists, the same the API titles the .xlsx with.
  const { listNames } = register;
  const names = {
    risk: listNames.risk,
    measures: listNames.measure,
    emergency: listNames.emergency,
  };
  const all = listRows(kind, register);
  const filters = filtersFrom(kind, url.searchParams);
  return {
    kind,
    names,
    today: chinaToday(),
    enterprise,
    rows: filterRows(all, filters),
    total: all.length,
    filters,
    options: filterOptions(kind, all),
    ...scope,
  };
};

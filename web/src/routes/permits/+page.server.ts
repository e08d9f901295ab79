import { PERMIT_STATES, PERMIT_TYPES } from '@shuangfang/db/enums';
import { chinaToday } from '$lib/format';
import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { can, enterpriseOf, requireOperation } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

// 特殊作业票 of a day (today by default), phone-first: what waits for me on top, then the day's
// permits with the step each waits for. A regulator comes with ?enterprise=.
export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperation(locals, 'workPermits.list');
  const { enterpriseId, query } = enterpriseOf(locals, url);
  const pick = <T extends string>(list: readonly T[], name: string) =>
    list.find((v) => v === url.searchParams.get(name));
  const all = url.searchParams.get('all') === 'true';
  const filter = {
    date: all ? undefined : (url.searchParams.get('date') ?? chinaToday()),
    state: pick(PERMIT_STATES, 'state'),
    type: pick(PERMIT_TYPES, 'type'),
    expired: url.searchParams.get('expired') === 'true' ? ('true' as const) : undefined,
  };
  const path = { enterpriseId };
  const [page, tasks] = await Promise.all([
    ok(
      locals.api.GET('/api/v1/enterprises/{enterpriseId}/work-permits', {
        params: { path, query: { ...filter, cursor: url.searchParams.get('cursor') ?? undefined } },
      }),
    ),
    can(locals, 'workPermits.tasks')
      ? ok(
          locals.api.GET('/api/v1/enterprises/{enterpriseId}/work-permit-tasks', {
            params: { path },
          }),
        )
      : Promise.resolve(null),
  ]).catch(pageError);
  return {
    page,
    tasks: tasks?.items ?? [],
    filter: { ...filter, all },
    query,
    types: PERMIT_TYPES,
    states: PERMIT_STATES,
    ledger: can(locals, 'workPermits.ledger'),
    duties: can(locals, 'duties.list'),
  };
};

import { PERMIT_STATES, PERMIT_TYPES } from '@shuangfang/db/enums';
import { pageError } from '$lib/server/errors';
import { relayFile } from '$lib/server/file-response';
import { enterpriseOf } from '$lib/server/guard';
import type { RequestHandler } from './$types';

// The 特殊作业票台账 spreadsheet, with the list page's type and state filters.
export const GET: RequestHandler = async ({ locals, url }) => {
  const { enterpriseId } = enterpriseOf(locals, url);
  const pick = <T extends string>(list: readonly T[], name: string) =>
    list.find((v) => v === url.searchParams.get(name));
  const query = {
    type: pick(PERMIT_TYPES, 'type'),
    state: pick(PERMIT_STATES, 'state'),
    from: url.searchParams.get('from') || undefined,
    to: url.searchParams.get('to') || undefined,
  };
  const file = locals.api.GET('/api/v1/enterprises/{enterpriseId}/work-permit-ledger.xlsx', {
    params: { path: { enterpriseId }, query },
    parseAs: 'stream',
  });
  return relayFile(await file.then((r) => r.response).catch(pageError));
};

import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { relayFile } from '$lib/server/file-response';
import { membershipOf } from '$lib/server/guard';
import { hazardFilter } from '$lib/hazard-filter';
import type { RequestHandler } from './$types';

// The 台账 spreadsheet with the page's filters: the enterprise's own, or a regulator's subtree.
export const GET: RequestHandler = async ({ locals, url }) => {
  const { enterpriseId } = membershipOf(locals);
  const query = hazardFilter(url, enterpriseId === null);
  const file = enterpriseId
    ? locals.api.GET('/api/v1/enterprises/{enterpriseId}/hazard-ledger.xlsx', {
        params: { path: { enterpriseId }, query },
        parseAs: 'stream',
      })
    : locals.api.GET('/api/v1/hazard-ledger.xlsx', { params: { query }, parseAs: 'stream' });
  return relayFile(await file.then((r) => r.response).catch(pageError));
};

import { filterFrom } from '$lib/enterprise-filter';
import { pageError } from '$lib/server/errors';
import { relayFile } from '$lib/server/file-response';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
  const file = locals.api.GET('/api/v1/enterprises/export.xlsx', {
    params: { query: filterFrom(url.searchParams) },
    parseAs: 'stream',
  });
  return relayFile(await file.then((r) => r.response).catch(pageError));
};

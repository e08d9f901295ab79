import { pageError } from '$lib/server/errors';
import { relayFile } from '$lib/server/file-response';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
  const file = locals.api.GET('/api/v1/enterprises/import-template.xlsx', { parseAs: 'stream' });
  return relayFile(await file.then((r) => r.response).catch(pageError));
};

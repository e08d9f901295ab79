import { filterFrom } from '$lib/enterprise-filter';
import { pageError } from '$lib/server/errors';
import { relayFile } from '$lib/server/file-response';
import { requireRole } from '$lib/server/guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
  requireRole(locals, ['agency_admin', 'inspector']);
  const filter = filterFrom(url.searchParams);
  return relayFile(await locals.api.enterprises.exportXlsx(filter).catch(pageError));
};

import { pageError } from '$lib/server/errors';
import { relayFile } from '$lib/server/file-response';
import { requireRole } from '$lib/server/guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
  requireRole(locals, ['agency_admin']);
  return relayFile(await locals.api.enterprises.importTemplate().catch(pageError));
};

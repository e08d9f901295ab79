import { pageError } from '$lib/server/errors';
import { relayFile } from '$lib/server/file-response';
import { requireRole } from '$lib/server/guard';
import { hazardFilter, isRegulator, LEDGER_VIEWERS } from '$lib/server/hazard-scope';
import type { RequestHandler } from './$types';

// The 台账 spreadsheet with the page's filters: the enterprise's own, or a regulator's subtree.
export const GET: RequestHandler = async ({ locals, url }) => {
  const membership = requireRole(locals, LEDGER_VIEWERS);
  const regulator = isRegulator(membership);
  const filter = hazardFilter(url, regulator);
  const enterpriseId = regulator ? null : membership.enterpriseId;
  return relayFile(await locals.api.hazards.ledgerXlsx(enterpriseId, filter).catch(pageError));
};

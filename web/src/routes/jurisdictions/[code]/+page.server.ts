import { pageError } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

// Read-only for now: the configuration values in force in a jurisdiction and which are set here.
export const load: PageServerLoad = async ({ locals, params }) => {
  const membership = requireRole(locals, ['platform_admin', 'agency_admin', 'inspector']);
  const [settings, jurisdictions] = await Promise.all([
    locals.api.jurisdictions.settings(params.code),
    locals.api.jurisdictions.list(),
  ]).catch(pageError);
  const jurisdiction = jurisdictions.items.find((j) => j.code === params.code) ?? null;
  const back = membership.role === 'platform_admin' ? '/admin/jurisdictions' : '/jurisdictions';
  return { settings, jurisdiction, back };
};

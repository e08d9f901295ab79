import { error } from '@sveltejs/kit';
import { pageError } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import { ENTERPRISE_ROLES } from '$lib/vocabulary';
import type { PageServerLoad } from './$types';

// Every member of an enterprise may read its registry entry; only regulators change it. Its
// standardization certificate (or how the last one ended) is shown with it, and to its managers
// (who may read them) a blacklist notice or listing in force.
export const load: PageServerLoad = async ({ locals }) => {
  const membership = requireRole(locals, ENTERPRISE_ROLES);
  if (!membership.enterpriseId) error(404, locals.t('errors.notFound'));
  const readsBlacklist = ['enterprise_admin', 'safety_manager'].includes(membership.role);
  const [enterprise, standardization, blacklist] = await Promise.all([
    locals.api.enterprises.get(membership.enterpriseId),
    locals.api.standardization.view(membership.enterpriseId),
    readsBlacklist ? locals.api.blacklist.list(membership.enterpriseId) : { items: [] },
  ]).catch(pageError);
  return { enterprise, standardization, blacklist: blacklist.items };
};

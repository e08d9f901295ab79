import { error } from '@sveltejs/kit';
import { pageError } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import { ENTERPRISE_ROLES } from '$lib/vocabulary';
import type { PageServerLoad } from './$types';

// Every member of an enterprise may read its registry entry; only regulators change it.
export const load: PageServerLoad = async ({ locals }) => {
  const membership = requireRole(locals, ENTERPRISE_ROLES);
  if (!membership.enterpriseId) error(404, locals.t('errors.notFound'));
  const enterprise = await locals.api.enterprises.get(membership.enterpriseId).catch(pageError);
  return { enterprise };
};

import { error } from '@sveltejs/kit';
import { pageError } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import { AGENCY_ROLES, ENTERPRISE_ROLES } from '$lib/vocabulary';
import type { PageServerLoad } from './$types';

// 信息公示栏: the enterprise's people (congress reps first of all) read their own enterprise's
// board; a regulator names one with ?enterprise= and the API checks it is in their jurisdiction.
export const load: PageServerLoad = async ({ locals, url }) => {
  const membership = requireRole(locals, [...ENTERPRISE_ROLES, ...AGENCY_ROLES]);
  const enterpriseId = membership.enterpriseId ?? url.searchParams.get('enterprise');
  if (!enterpriseId) error(404, locals.t('errors.notFound'));
  const board = await locals.api.reports
    .noticeBoard(enterpriseId, url.searchParams.get('cursor') ?? undefined)
    .catch(pageError);
  return { board };
};

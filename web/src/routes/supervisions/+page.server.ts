import { pageError } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

// 挂牌督办 of the agency's subtree (its own and those of the agencies below), each with the
// hazard's state and whether it is overdue.
export const load: PageServerLoad = async ({ locals, url }) => {
  const membership = requireRole(locals, ['agency_admin', 'inspector']);
  const filter = {
    state: url.searchParams.get('state') || undefined,
    overdue: url.searchParams.get('overdue') === 'true' ? 'true' : undefined,
    mine: url.searchParams.get('mine') === 'true' ? 'true' : undefined,
  };
  const page = await locals.api.supervision
    .list({ ...filter, cursor: url.searchParams.get('cursor') ?? undefined })
    .catch(pageError);
  return { page, filter, agencyId: membership.agencyId };
};

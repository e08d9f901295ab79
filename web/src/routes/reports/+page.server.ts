import { error, redirect } from '@sveltejs/kit';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import type { Role } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

// 双报告: the enterprise's reports (drafts too, for its managers), or the inbox of a recipient —
// the regulator (reports of its subtree) or the workers' congress — with late/unacknowledged filters.
const READERS: Role[] = [
  'enterprise_admin',
  'safety_manager',
  'agency_admin',
  'inspector',
  'congress_rep',
];

export const load: PageServerLoad = async ({ locals, url }) => {
  const membership = requireRole(locals, READERS);
  const filter = url.searchParams.get('filter') ?? '';
  const page = await locals.api.reports
    .list({
      late: filter === 'late' ? 'true' : undefined,
      unacknowledged: filter === 'unacknowledged' ? 'true' : undefined,
      cursor: url.searchParams.get('cursor') ?? undefined,
    })
    .catch(pageError);
  return {
    page,
    filter,
    role: membership.role,
    canDraft: membership.role === 'enterprise_admin',
  };
};

export const actions: Actions = {
  draft: async ({ locals, request }) => {
    const membership = requireRole(locals, ['enterprise_admin']);
    if (!membership.enterpriseId) error(404, locals.t('errors.notFound'));
    const values = textFields(await request.formData(), ['kind', 'period'] as const);
    let id: string;
    try {
      ({ id } = await locals.api.reports.draft(membership.enterpriseId, values));
    } catch (e) {
      return actionFailure(e, values);
    }
    redirect(303, `/reports/${membership.enterpriseId}/${id}`);
  },
};

import { error, redirect } from '@sveltejs/kit';
import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { can, membershipOf, requireOperation } from '$lib/server/guard';
import { listScope } from '$lib/server/list-scope';
import type { Actions, PageServerLoad } from './$types';

// 双报告: the enterprise's reports (drafts too, for its managers), or the inbox of a recipient —
// the regulator (reports of its subtree) or the workers' congress — with late/unacknowledged filters.
// A dashboard tile narrows it to a jurisdiction and the period's due reports (`dueFrom`/`dueTo`).
export const load: PageServerLoad = async ({ locals, url }) => {
  const membership = membershipOf(locals);
  const filter = url.searchParams.get('filter') ?? '';
  const dueFrom = url.searchParams.get('dueFrom') || undefined;
  const dueTo = url.searchParams.get('dueTo') || undefined;
  const [scope, page] = await Promise.all([
    listScope(locals, url),
    ok(
      locals.api.GET('/api/v1/reports', {
        params: {
          query: {
            late: filter === 'late' ? ('true' as const) : undefined,
            unacknowledged: filter === 'unacknowledged' ? ('true' as const) : undefined,
            jurisdictionCode: url.searchParams.get('jurisdictionCode') || undefined,
            dueFrom,
            dueTo,
            cursor: url.searchParams.get('cursor') ?? undefined,
          },
        },
      }),
    ),
  ]).catch(pageError);
  // The narrowing, kept when switching between all, late and unacknowledged.
  const narrowing = new URLSearchParams();
  if (scope.jurisdictionCode) narrowing.set('jurisdictionCode', scope.jurisdictionCode);
  if (dueFrom) narrowing.set('dueFrom', dueFrom);
  if (dueTo) narrowing.set('dueTo', dueTo);
  return {
    page,
    filter,
    scope,
    due: dueFrom || dueTo ? { from: dueFrom ?? null, to: dueTo ?? null } : null,
    narrowing: narrowing.toString(),
    // A recipient's list is an inbox: the agency's, or the workers' congress's.
    inbox: membership.agencyId !== null || !can(locals, 'reports.draft'),
    canDraft: can(locals, 'reports.draft'),
  };
};

export const actions: Actions = {
  draft: async ({ locals, request }) => {
    const { enterpriseId } = requireOperation(locals, 'reports.draft');
    if (!enterpriseId) error(404, locals.t('errors.notFound'));
    const values = textFields(await request.formData(), ['kind', 'period'] as const);
    let id: string;
    try {
      ({ id } = await ok(
        locals.api.POST('/api/v1/enterprises/{enterpriseId}/reports', {
          params: { path: { enterpriseId } },
          // The kind as chosen; the API names it when it is not one it drafts on demand.
          body: values as Body<'reports.draft'>,
        }),
      ));
    } catch (e) {
      return actionFailure(e, values);
    }
    redirect(303, `/reports/${enterpriseId}/${id}`);
  },
};

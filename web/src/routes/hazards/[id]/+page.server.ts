import { error, redirect } from '@sveltejs/kit';
import { ok } from '$lib/server/api';
import { applicableStandards } from '$lib/server/criterion-search';
import { pageError } from '$lib/server/errors';
import { membershipOf } from '$lib/server/guard';
import { hazardActions } from '$lib/server/hazard-actions';
import { supervisionActions } from '$lib/server/supervision-actions';
import type { Actions, PageServerLoad } from './$types';

/**
 * The enterprise of the hazard: an enterprise member's own; for a regulator the one named by
 * ?enterprise=. Links from lists and notifications may leave it out: the API then finds the
 * hazard inside the regulator's jurisdiction and the page is sent to its full address, so every
 * form on it names the enterprise as it does when the link had it.
 */
async function enterpriseOfHazard(locals: App.Locals, url: URL, hazardId: string) {
  const membership = membershipOf(locals);
  if (membership.enterpriseId) return { membership, enterpriseId: membership.enterpriseId };
  const named = url.searchParams.get('enterprise');
  if (named) return { membership, enterpriseId: named };
  if (!membership.agencyId) error(404, locals.t('errors.notFound'));
  const found = await ok(
    locals.api.GET('/api/v1/hazards', { params: { query: { hazardId, limit: 1 } } }),
  ).catch(pageError);
  const hazard = found.items[0];
  if (!hazard) error(404, locals.t('errors.notFound'));
  const full = new URL(url);
  full.searchParams.set('enterprise', hazard.enterpriseId);
  redirect(307, `${full.pathname}${full.search}`);
}

// One hazard: its facts, plan, extensions and full log, and the forms of the moves this caller
// may make now — exactly the hazard's `actions`, which the API computes with the rules it enforces.
export const load: PageServerLoad = async ({ locals, url, params }) => {
  const { membership, enterpriseId } = await enterpriseOfHazard(locals, url, params.id);
  const hazard = await ok(
    locals.api.GET('/api/v1/enterprises/{enterpriseId}/hazards/{id}', {
      params: { path: { enterpriseId, id: params.id } },
    }),
  ).catch(pageError);
  const may = (action: (typeof hazard.actions)[number]) => hazard.actions.includes(action);
  const pending = hazard.extensions.find((x) => x.state === 'pending') ?? null;
  const [assignees, standards] = await Promise.all([
    may('confirm') || may('edit_plan')
      ? ok(
          locals.api.GET('/api/v1/enterprises/{enterpriseId}/people', {
            params: { path: { enterpriseId } },
          }),
        ).then((r) => r.items)
      : [],
    may('confirm') ? applicableStandards(locals.api, enterpriseId) : [],
  ]).catch(pageError);
  return {
    hazard,
    may: {
      triage: may('confirm') || may('reject'),
      submit: may('submit'),
      accept: may('accept') || may('reject_acceptance'),
      requestExtension: may('request_extension'),
      decideExtension: may('decide_extension'),
      supervise: may('supervise'),
      unlist: may('unlist'),
      editPlan: may('edit_plan'),
      draftProgress: may('draft_progress_report'),
    },
    pending,
    assignees,
    standards,
    readOnly: membership.agencyId !== null,
  };
};

export const actions: Actions = { ...hazardActions, ...supervisionActions };

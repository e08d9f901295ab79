import { fail, redirect } from '@sveltejs/kit';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

// 严重失信主体名单: a regulator's list of its subtree's entries (with the proposal form for its
// administrators), or the enterprise's own notices and listings. The API decides what each sees.

const STATES = ['proposed', 'notified', 'listed', 'removed', 'withdrawn'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
  const m = requireRole(locals, [
    'agency_admin',
    'inspector',
    'enterprise_admin',
    'safety_manager',
  ]);
  if (m.enterpriseId) {
    const { items } = await locals.api.blacklist.list(m.enterpriseId).catch(pageError);
    return {
      side: 'enterprise' as const,
      items,
      nextCursor: null,
      state: '',
      q: '',
      states: STATES,
    };
  }
  const state = url.searchParams.get('state') ?? '';
  const q = url.searchParams.get('q') ?? '';
  const page = await locals.api.blacklist
    .listSubtree({
      state: state || undefined,
      q: q || undefined,
      cursor: url.searchParams.get('cursor') ?? undefined,
    })
    .catch(pageError);
  return {
    side: 'agency' as const,
    items: page.items,
    nextCursor: page.nextCursor,
    state,
    q,
    states: STATES,
    canPropose: m.role === 'agency_admin',
  };
};

const FIELDS = ['creditCode', 'penaltyDecisionNumber', 'reason', 'legalBasis'] as const;

export const actions: Actions = {
  propose: async ({ locals, request }) => {
    requireRole(locals, ['agency_admin']);
    const values = textFields(await request.formData(), FIELDS);
    const { creditCode, ...body } = values;
    let target: string;
    try {
      // The registry's search finds the enterprise in the agency's subtree by its credit code.
      const found = await locals.api.enterprises.list({ q: creditCode.toUpperCase(), limit: 5 });
      const enterprise = found.items.find((e) => e.creditCode === creditCode.toUpperCase());
      if (!enterprise) {
        const message = locals.t('blacklist.notInScope');
        return fail(404, { message, errors: { creditCode: message }, values });
      }
      const entry = await locals.api.blacklist.propose(enterprise.id, body);
      target = `/blacklist/${enterprise.id}/${entry.id}`;
    } catch (e) {
      return actionFailure(e, values);
    }
    redirect(303, target);
  },
};

import { fail, redirect } from '@sveltejs/kit';
import { BLACKLIST_STATES } from '@shuangfang/db/enums';
import type { Query } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { can, membershipOf, requireOperation } from '$lib/server/guard';
import { listScope } from '$lib/server/list-scope';
import type { Actions, PageServerLoad } from './$types';

// 严重失信主体名单: a regulator's list of its subtree's entries (with the proposal form for its
// administrators), or the enterprise's own notices and listings. The API decides what each sees.

const STATES = BLACKLIST_STATES;
type StateFilter = Query<'blacklist.listSubtree'>['state'];

export const load: PageServerLoad = async ({ locals, url }) => {
  const m = membershipOf(locals);
  if (m.enterpriseId) {
    requireOperation(locals, 'blacklist.listForEnterprise');
    const { items } = await ok(
      locals.api.GET('/api/v1/enterprises/{enterpriseId}/blacklist', {
        params: { path: { enterpriseId: m.enterpriseId } },
      }),
    ).catch(pageError);
    return {
      side: 'enterprise' as const,
      items,
      nextCursor: null,
      state: '',
      q: '',
      scope: null,
      active: false,
      states: STATES,
    };
  }
  requireOperation(locals, 'blacklist.listSubtree');
  const state = url.searchParams.get('state') ?? '';
  const q = url.searchParams.get('q') ?? '';
  const scope = await listScope(locals, url).catch(pageError);
  const query = {
    // A state not in the list is no filter.
    state: (STATES as readonly string[]).includes(state) ? (state as StateFilter) : undefined,
    q: q || undefined,
    jurisdictionCode: scope.jurisdictionCode,
    // The dashboard's 严重失信 counts enterprises in the register: its tile asks for those only.
    active: url.searchParams.get('active') === 'true' ? ('true' as const) : undefined,
    cursor: url.searchParams.get('cursor') ?? undefined,
  };
  const page = await ok(locals.api.GET('/api/v1/blacklist', { params: { query } })).catch(
    pageError,
  );
  return {
    side: 'agency' as const,
    items: page.items,
    nextCursor: page.nextCursor,
    state,
    q,
    scope,
    active: query.active === 'true',
    states: STATES,
    canPropose: can(locals, 'blacklist.propose'),
  };
};

const FIELDS = ['creditCode', 'penaltyDecisionNumber', 'reason', 'legalBasis'] as const;

export const actions: Actions = {
  propose: async ({ locals, request }) => {
    requireOperation(locals, 'blacklist.propose');
    const values = textFields(await request.formData(), FIELDS);
    const { creditCode, ...body } = values;
    let target: string;
    try {
      // The registry's search finds the enterprise in the agency's subtree by its credit code.
      const found = await ok(
        locals.api.GET('/api/v1/enterprises', {
          params: { query: { q: creditCode.toUpperCase(), limit: 5 } },
        }),
      );
      const enterprise = found.items.find((e) => e.creditCode === creditCode.toUpperCase());
      if (!enterprise) {
        const message = locals.t('blacklist.notInScope');
        return fail(404, { message, errors: { creditCode: message }, values });
      }
      const entry = await ok(
        locals.api.POST('/api/v1/enterprises/{enterpriseId}/blacklist', {
          params: { path: { enterpriseId: enterprise.id } },
          body,
        }),
      );
      target = `/blacklist/${enterprise.id}/${entry.id}`;
    } catch (e) {
      return actionFailure(e, values);
    }
    redirect(303, target);
  },
};

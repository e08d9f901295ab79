import { error } from '@sveltejs/kit';
import { actionFailure, pageError, textFields, withoutEmpty } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import type { BlacklistMove } from '$lib/blacklist-types';
import type { Actions, PageServerLoad } from './$types';

// One blacklist entry: its facts, its history, and a form for each move the API says the caller
// may make now (`moves`); the API checks every move again.

export const load: PageServerLoad = async ({ locals, params }) => {
  requireRole(locals, ['agency_admin', 'inspector', 'enterprise_admin', 'safety_manager']);
  const entry = await locals.api.blacklist.get(params.enterpriseId, params.id).catch(pageError);
  return { entry };
};

/** Each move's API path and the form fields it sends. */
const MOVES: Partial<
  Record<BlacklistMove, { path: string; fields: readonly string[]; fixed?: object }>
> = {
  notify: { path: 'notify', fields: [] },
  statement: { path: 'statement', fields: ['statement'] },
  list: { path: 'list', fields: ['decisionNumber', 'statementResponse'] },
  withdraw: { path: 'withdraw', fields: ['reason'] },
  apply_repair: { path: 'repair', fields: ['reason'] },
  approve_repair: { path: 'repair-decision', fields: ['note'], fixed: { decision: 'approve' } },
  refuse_repair: { path: 'repair-decision', fields: ['note'], fixed: { decision: 'refuse' } },
  revoke_removal: { path: 'revoke-removal', fields: ['reason'] },
};

export const actions: Actions = {
  move: async ({ locals, params, request }) => {
    requireRole(locals, ['agency_admin', 'enterprise_admin']);
    const form = await request.formData();
    const move = String(form.get('move') ?? '') as BlacklistMove;
    const spec = MOVES[move];
    if (!spec) error(400, locals.t('errors.notFound'));
    const values = textFields(form, spec.fields);
    try {
      await locals.api.blacklist.move(params.enterpriseId, params.id, spec.path, {
        ...withoutEmpty(values),
        ...spec.fixed,
      });
    } catch (e) {
      return actionFailure(e, { ...values, move });
    }
    return { done: move };
  },
};

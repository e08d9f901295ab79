import { error } from '@sveltejs/kit';
import type { BlacklistMove, Body } from '$lib/api/types';
import { ok, type Api } from '$lib/server/api';
import { actionFailure, pageError, textFields, withoutEmpty } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

// One blacklist entry: its facts, its history, and a form for each move the API says the caller
// may make now (`moves`); the API checks every move again.

export const load: PageServerLoad = async ({ locals, params }) => {
  requireOperation(locals, 'blacklist.getOne');
  const entry = await ok(
    locals.api.GET('/api/v1/enterprises/{enterpriseId}/blacklist/{id}', {
      params: { path: { enterpriseId: params.enterpriseId, id: params.id } },
    }),
  ).catch(pageError);
  return { entry };
};

type EntryPath = { path: { enterpriseId: string; id: string } };
type Fields = Record<string, string>;

/** Each move's form fields and its call; the bodies go as typed, the API names what it refuses. */
const MOVES: Partial<
  Record<
    BlacklistMove,
    {
      fields: readonly string[];
      send: (api: Api, params: EntryPath, f: Fields) => Promise<unknown>;
    }
  >
> = {
  notify: {
    fields: [],
    send: (api, params) =>
      ok(api.POST('/api/v1/enterprises/{enterpriseId}/blacklist/{id}/notify', { params })),
  },
  statement: {
    fields: ['statement'],
    send: (api, params, f) =>
      ok(
        api.POST('/api/v1/enterprises/{enterpriseId}/blacklist/{id}/statement', {
          params,
          body: f as Body<'blacklist.statement'>,
        }),
      ),
  },
  list: {
    fields: ['decisionNumber', 'statementResponse'],
    send: (api, params, f) =>
      ok(
        api.POST('/api/v1/enterprises/{enterpriseId}/blacklist/{id}/list', {
          params,
          body: f as Body<'blacklist.list'>,
        }),
      ),
  },
  withdraw: {
    fields: ['reason'],
    send: (api, params, f) =>
      ok(
        api.POST('/api/v1/enterprises/{enterpriseId}/blacklist/{id}/withdraw', {
          params,
          body: f as Body<'blacklist.withdraw'>,
        }),
      ),
  },
  apply_repair: {
    fields: ['reason'],
    send: (api, params, f) =>
      ok(
        api.POST('/api/v1/enterprises/{enterpriseId}/blacklist/{id}/repair', {
          params,
          body: f as Body<'blacklist.applyRepair'>,
        }),
      ),
  },
  approve_repair: {
    fields: ['note'],
    send: (api, params, f) => decideRepair(api, params, { ...f, decision: 'approve' }),
  },
  refuse_repair: {
    fields: ['note'],
    send: (api, params, f) => decideRepair(api, params, { ...f, decision: 'refuse' }),
  },
  revoke_removal: {
    fields: ['reason'],
    send: (api, params, f) =>
      ok(
        api.POST('/api/v1/enterprises/{enterpriseId}/blacklist/{id}/revoke-removal', {
          params,
          body: f as Body<'blacklist.revokeRemoval'>,
        }),
      ),
  },
};

const decideRepair = (api: Api, params: EntryPath, f: Fields) =>
  ok(
    api.POST('/api/v1/enterprises/{enterpriseId}/blacklist/{id}/repair-decision', {
      params,
      body: f as Body<'blacklist.decideRepair'>,
    }),
  );

export const actions: Actions = {
  move: async ({ locals, params, request }) => {
    const form = await request.formData();
    const move = String(form.get('move') ?? '') as BlacklistMove;
    const spec = MOVES[move];
    if (!spec) error(400, locals.t('errors.notFound'));
    const values = textFields(form, spec.fields);
    const path = { enterpriseId: params.enterpriseId, id: params.id };
    try {
      await spec.send(locals.api, { path }, withoutEmpty(values) as Fields);
    } catch (e) {
      return actionFailure(e, { ...values, move });
    }
    return { done: move };
  },
};

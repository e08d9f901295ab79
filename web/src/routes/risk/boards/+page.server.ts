import { fail } from '@sveltejs/kit';
import { ApiError, type Api } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireRiskWriter, riskScope } from '$lib/server/risk-scope';
import type { PositionInput, RiskRegister } from '$lib/risk-types';
import type { Actions, PageServerLoad } from './$types';

// 一牌: the enterprise's positions (岗位), each with the grade of its board and whether the board's
// public link is published; writers create, edit and archive positions here.

interface UnitGroup {
  object: string;
  units: { id: string; name: string }[];
}
interface Person {
  id: string;
  name: string;
}

/** The units a position can work in: the register's current units, under their objects. */
function unitGroups(register: RiskRegister): UnitGroup[] {
  return register.objects
    .map((o) => ({ object: o.name, units: o.units.map((u) => ({ id: u.id, name: u.name })) }))
    .filter((group) => group.units.length > 0);
}

/**
 * The enterprise's people who can be named on a position. The API lists accounts only to whoever
 * manages them (the enterprise admin); a safety manager gets 403, and then the form has no worker
 * picker and leaves the workers as they are.
 */
async function people(api: Api, enterpriseId: string): Promise<Person[] | null> {
  const found: Person[] = [];
  let cursor: string | undefined;
  try {
    do {
      const page = await api.users.list({ enterpriseId, cursor });
      for (const user of page.items) {
        if (user.memberships.some((m) => m.enterpriseId === enterpriseId && m.active)) {
          found.push({ id: user.id, name: user.displayName });
        }
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  } catch (e) {
    if (e instanceof ApiError && e.status === 403) return null;
    throw e;
  }
  return found;
}

export const load: PageServerLoad = async ({ locals, url }) => {
  const scope = riskScope(locals, url);
  const { api } = locals;
  const [enterprise, { items }] = await Promise.all([
    api.enterprises.get(scope.enterpriseId),
    api.positions.list(scope.enterpriseId),
  ]).catch(pageError);
  // The position list carries neither the board's grade nor its link: ask each board (an
  // enterprise has a handful of positions), so the list says what the board itself says.
  const boards = await Promise.all(
    items.map((p) => api.boards.get(scope.enterpriseId, p.id)),
  ).catch(pageError);
  const positions = items.map((p, i) => ({
    ...p,
    grade: boards[i]?.grade ?? null,
    published: !!boards[i]?.link,
  }));
  const [register, workers] = scope.canWrite
    ? await Promise.all([
        api.risk.register(scope.enterpriseId),
        people(api, scope.enterpriseId),
      ]).catch(pageError)
    : [null, null];
  return {
    enterprise: { id: enterprise.id, name: enterprise.name },
    positions,
    unitGroups: register ? unitGroups(register) : [],
    workers,
    ...scope,
  };
};

/**
 * A position form's fields. Units and workers are checkboxes, so they come as repeated fields;
 * `withWorkers` says the worker picker was shown — without it the workers are not touched.
 */
function positionForm(data: FormData) {
  const { form, id, name, withWorkers } = textFields(data, ['form', 'id', 'name', 'withWorkers']);
  const unitIds = data.getAll('unitIds').map(String);
  const workerUserIds = data.getAll('workerUserIds').map(String);
  const body: Partial<PositionInput> & { name: string; unitIds: string[] } = { name, unitIds };
  if (withWorkers) body.workerUserIds = workerUserIds;
  // What to put back in the form when the API refuses it (ids joined, as values are text).
  const values = { form, name, unitIds: unitIds.join(','), workerUserIds: workerUserIds.join(',') };
  return { id, body, values };
}

export const actions: Actions = {
  create: async ({ locals, request }) => {
    const enterpriseId = requireRiskWriter(locals);
    const { body, values } = positionForm(await request.formData());
    try {
      await locals.api.positions.create(enterpriseId, {
        ...body,
        workerUserIds: body.workerUserIds ?? [],
      });
    } catch (e) {
      return actionFailure(e, values);
    }
    return { done: 'created' as const };
  },
  update: async ({ locals, request }) => {
    const enterpriseId = requireRiskWriter(locals);
    const { id, body, values } = positionForm(await request.formData());
    if (!id) return fail(400, { message: locals.t('errors.notFound') });
    try {
      await locals.api.positions.update(enterpriseId, id, body);
    } catch (e) {
      return actionFailure(e, values);
    }
    return { done: 'updated' as const };
  },
  archive: async ({ locals, request }) => {
    const enterpriseId = requireRiskWriter(locals);
    const { id } = textFields(await request.formData(), ['id']);
    if (!id) return fail(400, { message: locals.t('errors.notFound') });
    try {
      await locals.api.positions.archive(enterpriseId, id);
    } catch (e) {
      return actionFailure(e);
    }
    return { done: 'archived' as const };
  },
};

import { error, fail } from '@sveltejs/kit';
import type { PositionInput, RiskRegister } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { can } from '$lib/server/guard';
import { riskRegister } from '$lib/server/risk-register';
import { enterpriseName, riskScope } from '$lib/server/risk-scope';
import type { Actions, PageServerLoad } from './$types';

// 一牌: the enterprise's positions (岗位), each with the grade of its board and whether the board's
// public link is published; writers create, edit and archive positions here.

interface UnitGroup {
  object: string;
  units: { id: string; name: string }[];
}
/** The units a position can work in: the register's current units, under their objects. */
function unitGroups(register: RiskRegister): UnitGroup[] {
  return register.objects
    .map((o) => ({ object: o.name, units: o.units.map((u) => ({ id: u.id, name: u.name })) }))
    .filter((group) => group.units.length > 0);
}

/** A position is staffed and edited by the enterprise's own managers only. */
function writerEnterprise(locals: App.Locals, url: URL): string {
  const scope = riskScope(locals, url);
  if (!scope.canWrite) error(403, locals.t('errors.forbidden'));
  return scope.enterpriseId;
}

const E = '/api/v1/enterprises/{enterpriseId}' as const;

export const load: PageServerLoad = async ({ locals, url }) => {
  const scope = riskScope(locals, url);
  const { api } = locals;
  const path = { enterpriseId: scope.enterpriseId };
  const [enterprise, { items }] = await Promise.all([
    enterpriseName(api, scope.enterpriseId),
    ok(api.GET(`${E}/positions`, { params: { path } })),
  ]).catch(pageError);
  // The position list carries neither the board's grade nor its link: ask each board (an
  // enterprise has a handful of positions), so the list says what the board itself says.
  const boards = await Promise.all(
    items.map((p) =>
      ok(api.GET(`${E}/positions/{id}/board`, { params: { path: { ...path, id: p.id } } })),
    ),
  ).catch(pageError);
  const positions = items.map((p, i) => ({
    ...p,
    grade: boards[i]?.grade ?? null,
    published: !!boards[i]?.link,
  }));
  // The enterprise's people to staff a position with (its managers may name them).
  const [register, workers] = scope.canWrite
    ? await Promise.all([
        riskRegister(api, scope.enterpriseId),
        can(locals, 'users.people')
          ? ok(api.GET(`${E}/people`, { params: { path } })).then((p) => p.items)
          : null,
      ]).catch(pageError)
    : [null, null];
  return {
    enterprise,
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
  create: async ({ locals, request, url }) => {
    const enterpriseId = writerEnterprise(locals, url);
    const { body, values } = positionForm(await request.formData());
    try {
      await ok(
        locals.api.POST(`${E}/positions`, {
          params: { path: { enterpriseId } },
          body: { ...body, workerUserIds: body.workerUserIds ?? [] },
        }),
      );
    } catch (e) {
      return actionFailure(e, values);
    }
    return { done: 'created' as const };
  },
  update: async ({ locals, request, url }) => {
    const enterpriseId = writerEnterprise(locals, url);
    const { id, body, values } = positionForm(await request.formData());
    if (!id) return fail(400, { message: locals.t('errors.notFound') });
    try {
      await ok(
        locals.api.PATCH(`${E}/positions/{id}`, { params: { path: { enterpriseId, id } }, body }),
      );
    } catch (e) {
      return actionFailure(e, values);
    }
    return { done: 'updated' as const };
  },
  archive: async ({ locals, request, url }) => {
    const enterpriseId = writerEnterprise(locals, url);
    const { id } = textFields(await request.formData(), ['id']);
    if (!id) return fail(400, { message: locals.t('errors.notFound') });
    try {
      await ok(
        locals.api.POST(`${E}/positions/{id}/archive`, { params: { path: { enterpriseId, id } } }),
      );
    } catch (e) {
      return actionFailure(e);
    }
    return { done: 'archived' as const };
  },
};

import type { Context } from 'hono';
import type { AppEnv, Handler } from '../../lib/create-router.js';
import { actorOf, membershipOf } from '../../middlewares/access.js';
import * as columns from './risk.columns.js';
import type { RegisterTable } from './risk.repository.js';
import type * as routes from './risk.routes.js';
import * as service from './risk.service.js';

// The five tables of the register share their create, update and archive routes' shape, so one
// handler of each kind serves them all: the table and its body → columns mapper pick the rest.

/** `{id}` is the row itself, or for a create the parent (none for an object). */
type RowParams = { enterpriseId: string; id: string };
type ParentParams = { enterpriseId: string; id?: string };
/** The context of a register row's route: what its path and body hold once validated. */
type RowContext<Param, Body = never> = Context<
  AppEnv,
  string,
  { out: { param: Param; json: Body } }
>;

/** POST a row: a child of `{id}`, or an object at the top of the register. */
const creating =
  <Body>(table: RegisterTable, toColumns: (body: Body) => Record<string, unknown>) =>
  async (c: RowContext<ParentParams, Body>) => {
    const { enterpriseId, id } = c.req.valid('param');
    const values = toColumns(c.req.valid('json'));
    const created = await service.createRow(
      c.var.db,
      membershipOf(c),
      enterpriseId,
      table,
      id ?? null,
      values,
    );
    return c.json(created, 201);
  };

/** PATCH the row `{id}`. */
const updating =
  <Body>(table: RegisterTable, toColumns: (body: Body) => Record<string, unknown>) =>
  async (c: RowContext<RowParams, Body>) => {
    const { enterpriseId, id } = c.req.valid('param');
    const values = toColumns(c.req.valid('json'));
    return c.json(
      await service.updateRow(c.var.db, membershipOf(c), enterpriseId, table, id, values),
      200,
    );
  };

/** Archive the row `{id}`. */
const archiving = (table: RegisterTable) => async (c: RowContext<RowParams>) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.archive(c.var.db, membershipOf(c), enterpriseId, table, id), 200);
};

/** The create, update and archive handlers of one register table. */
const rowHandlers = <Body>(
  table: RegisterTable,
  toColumns: (body: Body) => Record<string, unknown>,
) => ({
  create: creating(table, toColumns),
  update: updating(table, toColumns),
  archive: archiving(table),
});

export const objects = rowHandlers('risk_object', columns.objectColumns);
export const units = rowHandlers('risk_unit', columns.unitColumns);
export const events = rowHandlers('risk_event', columns.eventColumns);
export const measures = rowHandlers('control_measure', columns.measureColumns);
export const emergencies = rowHandlers('emergency_measure', columns.emergencyColumns);

export const register: Handler<typeof routes.register> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  const includeArchived = c.req.valid('query').includeArchived === 'true';
  return c.json(
    await service.getRegister(c.var.db, membershipOf(c), enterpriseId, includeArchived),
    200,
  );
};

export const setControlLevel: Handler<typeof routes.setControlLevel> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(
    await service.setControlLevel(c.var.db, membershipOf(c), enterpriseId, id, c.req.valid('json')),
    200,
  );
};

export const assess: Handler<typeof routes.assess> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const result = await service.assess(
    c.var.db,
    membershipOf(c),
    actorOf(c).userId,
    enterpriseId,
    id,
    c.req.valid('json'),
  );
  return c.json(result, 201);
};

export const history: Handler<typeof routes.history> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json({ items: await service.history(c.var.db, membershipOf(c), enterpriseId, id) }, 200);
};

export const reorder: Handler<typeof routes.reorder> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(
    await service.reorder(c.var.db, membershipOf(c), enterpriseId, c.req.valid('json')),
    200,
  );
};

import type { Handler } from '../../lib/create-router.js';
import { actorOf, membershipOf } from '../../middlewares/access.js';
import * as columns from './risk.columns.js';
import type * as routes from './risk.routes.js';
import * as service from './risk.service.js';

export const register: Handler<typeof routes.register> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  const includeArchived = c.req.valid('query').includeArchived === 'true';
  return c.json(
    await service.getRegister(c.var.db, membershipOf(c), enterpriseId, includeArchived),
    200,
  );
};

export const createObject: Handler<typeof routes.createObject> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  const values = columns.objectColumns(c.req.valid('json'));
  return c.json(
    await service.createRow(c.var.db, membershipOf(c), enterpriseId, 'risk_object', null, values),
    201,
  );
};

export const createUnit: Handler<typeof routes.createUnit> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const values = columns.unitColumns(c.req.valid('json'));
  return c.json(
    await service.createRow(c.var.db, membershipOf(c), enterpriseId, 'risk_unit', id, values),
    201,
  );
};

export const createEvent: Handler<typeof routes.createEvent> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const values = columns.eventColumns(c.req.valid('json'));
  return c.json(
    await service.createRow(c.var.db, membershipOf(c), enterpriseId, 'risk_event', id, values),
    201,
  );
};

export const createMeasure: Handler<typeof routes.createMeasure> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const values = columns.measureColumns(c.req.valid('json'));
  return c.json(
    await service.createRow(c.var.db, membershipOf(c), enterpriseId, 'control_measure', id, values),
    201,
  );
};

export const createEmergency: Handler<typeof routes.createEmergency> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const values = columns.emergencyColumns(c.req.valid('json'));
  return c.json(
    await service.createRow(
      c.var.db,
      membershipOf(c),
      enterpriseId,
      'emergency_measure',
      id,
      values,
    ),
    201,
  );
};

export const updateObject: Handler<typeof routes.updateObject> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const values = columns.objectColumns(c.req.valid('json'));
  return c.json(
    await service.updateRow(c.var.db, membershipOf(c), enterpriseId, 'risk_object', id, values),
    200,
  );
};

export const archiveObject: Handler<typeof routes.archiveObject> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(
    await service.archive(c.var.db, membershipOf(c), enterpriseId, 'risk_object', id),
    200,
  );
};

export const updateUnit: Handler<typeof routes.updateUnit> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const values = columns.unitColumns(c.req.valid('json'));
  return c.json(
    await service.updateRow(c.var.db, membershipOf(c), enterpriseId, 'risk_unit', id, values),
    200,
  );
};

export const archiveUnit: Handler<typeof routes.archiveUnit> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(
    await service.archive(c.var.db, membershipOf(c), enterpriseId, 'risk_unit', id),
    200,
  );
};

export const updateEvent: Handler<typeof routes.updateEvent> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const values = columns.eventColumns(c.req.valid('json'));
  return c.json(
    await service.updateRow(c.var.db, membershipOf(c), enterpriseId, 'risk_event', id, values),
    200,
  );
};

export const archiveEvent: Handler<typeof routes.archiveEvent> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(
    await service.archive(c.var.db, membershipOf(c), enterpriseId, 'risk_event', id),
    200,
  );
};

export const updateMeasure: Handler<typeof routes.updateMeasure> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const values = columns.measureColumns(c.req.valid('json'));
  return c.json(
    await service.updateRow(c.var.db, membershipOf(c), enterpriseId, 'control_measure', id, values),
    200,
  );
};

export const archiveMeasure: Handler<typeof routes.archiveMeasure> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(
    await service.archive(c.var.db, membershipOf(c), enterpriseId, 'control_measure', id),
    200,
  );
};

export const updateEmergency: Handler<typeof routes.updateEmergency> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const values = columns.emergencyColumns(c.req.valid('json'));
  return c.json(
    await service.updateRow(
      c.var.db,
      membershipOf(c),
      enterpriseId,
      'emergency_measure',
      id,
      values,
    ),
    200,
  );
};

export const archiveEmergency: Handler<typeof routes.archiveEmergency> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(
    await service.archive(c.var.db, membershipOf(c), enterpriseId, 'emergency_measure', id),
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

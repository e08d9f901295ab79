import type { Handler } from '../../lib/create-router.js';
import { XLSX_TYPE } from '../../lib/xlsx.js';
import { whoOf } from '../../middlewares/access.js';
import * as ledgerService from './permit-ledger.js';
import * as moves from './permit-moves.service.js';
import type * as routes from './permits.routes.js';
import * as service from './permits.service.js';

export const list: Handler<typeof routes.list> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.list(c.var.db, whoOf(c), enterpriseId, c.req.valid('query')), 200);
};

export const tasks: Handler<typeof routes.tasks> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json({ items: await service.actionable(c.var.db, whoOf(c), enterpriseId) }, 200);
};

export const apply: Handler<typeof routes.apply> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.apply(c.var.db, whoOf(c), enterpriseId, c.req.valid('json')), 201);
};

export const detail: Handler<typeof routes.detail> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.getOne(c.var.db, whoOf(c), enterpriseId, id), 200);
};

export const confirmMeasures: Handler<typeof routes.confirmMeasures> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(
    await moves.confirmMeasures(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json')),
    200,
  );
};

export const recordGas: Handler<typeof routes.recordGas> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(
    await moves.recordGas(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json')),
    200,
  );
};

export const brief: Handler<typeof routes.brief> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await moves.brief(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json')), 200);
};

export const approve: Handler<typeof routes.approve> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(
    await moves.approve(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json')),
    200,
  );
};

export const start: Handler<typeof routes.start> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await moves.start(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json')), 200);
};

export const interrupt: Handler<typeof routes.interrupt> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(
    await moves.interrupt(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json')),
    200,
  );
};

export const resume: Handler<typeof routes.resume> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await moves.resume(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json')), 200);
};

export const extend: Handler<typeof routes.extend> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await moves.extend(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json')), 200);
};

export const complete: Handler<typeof routes.complete> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(
    await moves.complete(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json')),
    200,
  );
};

export const accept: Handler<typeof routes.accept> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await moves.accept(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json')), 200);
};

export const cancel: Handler<typeof routes.cancel> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await moves.cancel(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json')), 200);
};

export const ledger: Handler<typeof routes.ledger> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  const { file, name } = await ledgerService.ledgerFile(
    c.var.db,
    whoOf(c),
    enterpriseId,
    c.req.valid('query'),
  );
  return c.body(new Uint8Array(file), 200, {
    'content-type': XLSX_TYPE,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
};

import type { Handler } from '../../lib/create-router.js';
import { attachment } from '../../lib/download.js';
import { whoOf } from '../../middlewares/access.js';
import { noticeBoard as board } from './notice-board.js';
import { PDF_TYPE } from './reports.routes.js';
import type * as routes from './reports.routes.js';
import * as service from './reports.service.js';

export const list: Handler<typeof routes.list> = async (c) =>
  c.json(await service.list(c.var.db, whoOf(c), c.req.valid('query')), 200);

export const periodicStatus: Handler<typeof routes.periodicStatus> = async (c) =>
  c.json(await service.periodicStatus(c.var.db, whoOf(c), c.req.valid('query')), 200);

export const draft: Handler<typeof routes.draft> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await service.draft(c.var.db, whoOf(c), enterpriseId, c.req.valid('json')), 201);
};

export const getOne: Handler<typeof routes.getOne> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.getOne(c.var.db, whoOf(c), enterpriseId, id), 200);
};

export const pdf: Handler<typeof routes.pdf> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const file = await service.pdf(c.var.db, whoOf(c), enterpriseId, id);
  return c.body(new Uint8Array(file.body), 200, {
    'content-type': PDF_TYPE,
    'content-disposition': attachment(file.fileName, file.asciiName),
  });
};

export const edit: Handler<typeof routes.edit> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.edit(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json')), 200);
};

export const submit: Handler<typeof routes.submit> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.submit(c.var.db, whoOf(c), enterpriseId, id), 200);
};

export const acknowledge: Handler<typeof routes.acknowledge> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  return c.json(await service.acknowledge(c.var.db, whoOf(c), enterpriseId, id), 201);
};

export const noticeBoard: Handler<typeof routes.noticeBoard> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(await board(c.var.db, whoOf(c), enterpriseId, c.req.valid('query')), 200);
};

import type { Handler } from '../../lib/create-router.js';
import { attachment } from '../../lib/download.js';
import { invalid } from '../../lib/errors.js';
import { membershipOf } from '../../middlewares/access.js';
import type * as routes from './enterprises.routes.js';
import { importSheet } from './enterprises.import.js';
import { getFile } from './enterprise-file.service.js';
import * as service from './enterprises.service.js';
import { exportWorkbook, templateWorkbook, XLSX_TYPE } from './enterprises.xlsx.js';
import { readerOf } from '../../lib/read-routing.js';

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // an .xlsx is a zip archive

const xlsxFile = (fileName: string, asciiName: string) => ({
  'content-type': XLSX_TYPE,
  'content-disposition': attachment(fileName, asciiName),
});

export const list: Handler<typeof routes.list> = async (c) =>
  c.json(await service.list(await readerOf(c), membershipOf(c), c.req.valid('query')), 200);

export const counts: Handler<typeof routes.counts> = async (c) =>
  c.json(await service.counts(await readerOf(c), membershipOf(c)), 200);

export const exportXlsx: Handler<typeof routes.exportXlsx> = async (c) => {
  const rows = await service.listAll(await readerOf(c), membershipOf(c), c.req.valid('query'));
  return c.body(
    await exportWorkbook(rows),
    200,
    xlsxFile('企业名录.xlsx', 'enterprise-registry.xlsx'),
  );
};

export const importTemplate: Handler<typeof routes.importTemplate> = async (c) => {
  const agencyNames = await service.importableAgencyNames(c.var.db, membershipOf(c));
  return c.body(
    await templateWorkbook(agencyNames),
    200,
    xlsxFile('企业名录导入模板.xlsx', 'enterprise-import-template.xlsx'),
  );
};

export const importXlsx: Handler<typeof routes.importXlsx> = async (c) => {
  const { file } = c.req.valid('form');
  if (file.size > MAX_UPLOAD_BYTES) throw invalid('file', '文件不能超过 10 MB');
  const data = await file.arrayBuffer();
  const head = new Uint8Array(data.slice(0, 4));
  if (!ZIP_MAGIC.every((byte, i) => head[i] === byte)) {
    throw invalid('file', '文件内容不是 .xlsx 表格');
  }
  return c.json(await importSheet(c.var.db, membershipOf(c), data), 200);
};

export const get: Handler<typeof routes.get> = async (c) =>
  c.json(await service.get(c.var.db, membershipOf(c), c.req.valid('param').id), 200);

export const create: Handler<typeof routes.create> = async (c) =>
  c.json(await service.create(c.var.db, membershipOf(c), c.req.valid('json')), 201);

export const update: Handler<typeof routes.update> = async (c) =>
  c.json(
    await service.update(c.var.db, membershipOf(c), c.req.valid('param').id, c.req.valid('json')),
    200,
  );

export const deactivate: Handler<typeof routes.deactivate> = async (c) =>
  c.json(await service.setActive(c.var.db, membershipOf(c), c.req.valid('param').id, false), 200);

export const activate: Handler<typeof routes.activate> = async (c) =>
  c.json(await service.setActive(c.var.db, membershipOf(c), c.req.valid('param').id, true), 200);

export const file: Handler<typeof routes.file> = async (c) =>
  c.json(await getFile(await readerOf(c), membershipOf(c), c.req.valid('param').id), 200);

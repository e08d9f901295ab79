import { operations } from '../../lib/operations.js';
import { createRouter, type Handler } from '../../lib/create-router.js';
import { attachment } from '../../lib/download.js';
import { XLSX_TYPE } from '../../lib/xlsx.js';
import { membershipOf } from '../../middlewares/access.js';
import * as allRoutes from './lists.routes.js';
import * as service from './lists.service.js';

const routes = operations('lists', allRoutes);

const download: Handler<typeof routes.download> = async (c) => {
  const { enterpriseId, kind } = c.req.valid('param');
  const file = await service.listFile(c.var.db, membershipOf(c), enterpriseId, kind);
  return c.body(file.body, 200, {
    'content-type': XLSX_TYPE,
    'content-disposition': attachment(file.fileName, file.asciiName),
  });
};

export const listsRouter = createRouter().openapi(routes.download, download);

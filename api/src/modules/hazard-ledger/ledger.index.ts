import { operations } from '../../lib/operations.js';
import { createRouter, type Handler } from '../../lib/create-router.js';
import { attachment } from '../../lib/download.js';
import { XLSX_TYPE } from '../../lib/xlsx.js';
import { membershipOf } from '../../middlewares/access.js';
import * as allRoutes from './ledger.routes.js';
import * as service from './ledger.service.js';
import { readerOf } from '../../lib/read-routing.js';

const routes = operations('hazardLedger', allRoutes);

const asFile = (file: {
  body: ReadableStream<Uint8Array>;
  fileName: string;
  asciiName: string;
}) => ({
  body: file.body,
  headers: {
    'content-type': XLSX_TYPE,
    'content-disposition': attachment(file.fileName, file.asciiName),
  },
});

const enterpriseLedger: Handler<typeof routes.enterpriseLedger> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  const m = membershipOf(c);
  return c.json(
    await service.enterpriseLedger(await readerOf(c), m, enterpriseId, c.req.valid('query')),
    200,
  );
};

const enterpriseLedgerFile: Handler<typeof routes.enterpriseLedgerFile> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  const query = c.req.valid('query');
  const file = asFile(
    await service.enterpriseLedgerFile(await readerOf(c), membershipOf(c), enterpriseId, query),
  );
  return c.body(file.body, 200, file.headers);
};

const subtreeLedger: Handler<typeof routes.subtreeLedger> = async (c) =>
  c.json(
    await service.subtreeLedger(await readerOf(c), membershipOf(c), c.req.valid('query')),
    200,
  );

const subtreeLedgerFile: Handler<typeof routes.subtreeLedgerFile> = async (c) => {
  const file = asFile(
    await service.subtreeLedgerFile(await readerOf(c), membershipOf(c), c.req.valid('query')),
  );
  return c.body(file.body, 200, file.headers);
};

export const hazardLedgerRouter = createRouter()
  .openapi(routes.enterpriseLedger, enterpriseLedger)
  .openapi(routes.enterpriseLedgerFile, enterpriseLedgerFile)
  .openapi(routes.subtreeLedger, subtreeLedger)
  .openapi(routes.subtreeLedgerFile, subtreeLedgerFile);

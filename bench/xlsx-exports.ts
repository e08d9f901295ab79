import { SCALE_PASSWORD } from '@shuangfang/seeds/scale';
import postgres from 'postgres';
import { readSheet } from '../api/src/lib/xlsx.js';
import { login } from './http.js';
import { dashboardTargets } from './p2-dashboard.js';
import { pagePath } from './p1-hazard-list.js';
import { startApp } from './processes.js';
import { rssOf, whileSampling } from './rss.js';
import { timeGets } from './sequential.js';
import { timeHandWritten } from './xlsx-baseline.js';

// The spreadsheet exports on the 1× data set, in an app process of their own (started here, so
// its memory holds nothing of P1's load):
// - an over-cap hazard ledger refused: P1's county inspector asks for the county's whole ledger
//   (over the ledger's 10 000-row bound), timed against P1's first list page the same way;
// - the province's enterprise registry (~20 000 rows) to the last byte, against the same sheet
//   written by hand in the bench process (xlsx-baseline.ts);
// - an allowed ledger near the bound (the county's 已驳回), for its time and memory;
// - the app's VmRSS sampled during each.

export const REFUSED_RUNS = 20;
export const REGISTRY_RUNS = 5;
export const LEDGER_RUNS = 3;
const WARM_UP = 3;
const LEDGER = '/api/v1/hazard-ledger.xlsx';
const LEDGER_ALLOWED = `${LEDGER}?state=rejected`;
const REGISTRY = '/api/v1/enterprises/export.xlsx';

/** Data rows of an .xlsx body (the header row not counted), read back with the app's reader. */
async function sheetRows(body: Buffer) {
  const data = body.buffer.slice(body.byteOffset, body.byteOffset + body.length) as ArrayBuffer;
  return (await readSheet(data)).records.length;
}

/** Hazards of the jurisdictions under `path`, which the refused ledger would have held. */
async function hazardsUnder(databaseUrl: string, path: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from hazard
      where jurisdiction_code in (select code from jurisdiction where path like ${`${path}%`})`;
    return row!.n;
  } finally {
    await sql.end();
  }
}

/** `county`: P1's, whose inspector asks for the ledgers. */
export async function benchExports(
  databaseUrl: string,
  county: { path: string; phone: string | null },
) {
  const { province, phone: adminPhone } = await dashboardTargets(databaseUrl);
  const countyHazards = await hazardsUnder(databaseUrl, county.path);
  const app = await startApp(databaseUrl);
  try {
    const inspector = await login(app.origin, county.phone!, SCALE_PASSWORD);
    const admin = await login(app.origin, adminPhone, SCALE_PASSWORD);
    const idle = rssOf(app.pid).rss;

    const refusal = await whileSampling(app.pid, async () => {
      const runs = { cookie: inspector, runs: REFUSED_RUNS, warmUp: WARM_UP };
      const refused = await timeGets(app.origin, LEDGER, { ...runs, expect: 422 });
      const list = await timeGets(app.origin, pagePath(), runs);
      const message = (JSON.parse(refused.body.toString()) as { error: { message: string } }).error
        .message;
      return { refused, list, message };
    });

    const registry = await whileSampling(app.pid, () =>
      timeGets(app.origin, REGISTRY, { cookie: admin, runs: REGISTRY_RUNS, warmUp: 1 }),
    );
    const ledger = await whileSampling(app.pid, () =>
      timeGets(app.origin, LEDGER_ALLOWED, { cookie: inspector, runs: LEDGER_RUNS, warmUp: 1 }),
    );
    // Peak since the app started: its start, the logins and the exports, nothing else.
    const hwm = rssOf(app.pid).hwm;

    const handWritten = await timeHandWritten(databaseUrl, province.path, REGISTRY_RUNS, 1);
    return {
      province,
      countyHazards,
      listPath: pagePath(),
      idle,
      /** The app's largest VmRSS during the refused ledgers and the registry. */
      peak: Math.max(refusal.rss.peak, registry.rss.peak),
      hwm,
      refusal: { ...refusal.result, rss: refusal.rss.peak },
      registry: {
        ...registry.result,
        rows: await sheetRows(registry.result.body),
        bytes: registry.result.body.length,
        rss: registry.rss.peak,
      },
      handWritten: {
        p50: handWritten.p50,
        rows: handWritten.rows,
        // Read back with the app's reader: the baseline is a real sheet of the same rows.
        rowsRead: await sheetRows(handWritten.file),
        bytes: handWritten.file.length,
      },
      ledger: {
        ...ledger.result,
        rows: await sheetRows(ledger.result.body),
        bytes: ledger.result.body.length,
        rss: ledger.rss.peak,
      },
    };
  } finally {
    await app.stop();
  }
}

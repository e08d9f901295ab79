import { cpus, totalmem } from 'node:os';
import { routeJs } from './bundle-size.js';
import { benchChain } from './chain-throughput.js';
import { ensureDataset, type Dataset } from './dataset.js';
import { benchHazardList, P1_CONNECTIONS, P1_SECONDS } from './p1-hazard-list.js';
import { benchStart } from './p4-start.js';
import { startCluster } from './postgres-cluster.js';
import { startApp } from './processes.js';

// pnpm bench: builds (or reuses) the 0.1× and 1× data sets on PostgreSQL, runs every figure side
// by side and prints one table. Not part of `pnpm test`; nothing here asserts on time.

interface Figure {
  id: string;
  what: string;
  value: string;
  target: string;
}
const figures: Figure[] = [];
const add = (id: string, what: string, value: string, target = '') =>
  figures.push({ id, what, value, target });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const step = (text: string) => console.error(`· ${text}`);

const cluster = startCluster();
try {
  const sets: Dataset[] = [];
  for (const scale of [0.1, 1]) {
    step(`数据集 ${scale}×`);
    const d = await ensureDataset(cluster.url, scale);
    sets.push(d);
    const build = d.built
      ? Object.entries(d.timings)
          .map(([k, s]) => `${k.trim()} ${s.toFixed(0)} s`)
          .join(', ')
      : 'reused';
    add(
      `data ${scale}×`,
      `${d.counts.enterprise} enterprises, ${d.counts.hazard} hazards, ${d.counts.hazard_event} events`,
      build,
    );
  }
  const big = sets[1]!;

  step('P1 隐患列表');
  const app = await startApp(big.url);
  try {
    const p1 = await benchHazardList(big.url, app.origin);
    const ratio = p1.app.rps / p1.raw.rps;
    const load = `${p1.pages} pages × 50 rows (county ${p1.county.name}, state=rectifying, keyset), ${P1_CONNECTIONS} connections, ${P1_SECONDS} s, 1× (${p1.hazards} hazards)`;
    add(
      'P1 app',
      `GET /api/v1/hazards, autocannon: ${load}`,
      `${p1.app.rps.toFixed(0)} req/s (p50 ${p1.app.p50} ms, p97.5 ${p1.app.p97_5} ms, non-2xx ${p1.app.non2xx})`,
    );
    add(
      'P1 raw',
      `same SQL via postgres.js, no framework: ${load}`,
      `${p1.raw.rps.toFixed(0)} queries/s`,
    );
    add('P1 ratio', 'app / raw', `${(ratio * 100).toFixed(0)} %`, '≥ 60 %');
    add(
      'P1 plan',
      'EXPLAIN ANALYZE, page 1',
      `indexes ${p1.plan.indexes.join(', ') || 'none'}; seq scans ${p1.plan.seqScans.join(', ') || 'none'}; ${p1.plan.rows} rows, most read at one node ${p1.plan.maxRowsRead}; ${p1.plan.ms.toFixed(1)} ms`,
    );
  } finally {
    await app.stop();
  }

  // The dashboard (P2, P5 render) and the random draw (P3) are other engineers' modules; until
  // they are merged the figures say so.
  add(
    'P2',
    'province and county dashboard, median/p95 at 0.1× and 1×',
    'n/a — the dashboard module (GET /api/v1/dashboard) is not merged yet',
    '1× ≤ 2× 0.1×',
  );
  add(
    'P3',
    'draw over 100,000 candidates vs sorting 100,000 numbers',
    'n/a — drawEnterprises (inspections/draw.ts) is not merged yet',
    '≤ 5×',
  );

  step('隐患流转吞吐（哈希链）');
  const chain = await benchChain(cluster.url);
  add(
    'chain',
    `${chain.moves} moves (reject) via HTTP over ${chain.enterprises} enterprises, ${chain.lanes} at once, each event appended to its enterprise's hash chain`,
    `${chain.chainRate.toFixed(0)} moves/s`,
  );
  add(
    'plain',
    `the same ${chain.plainRows} event rows, single-row INSERT per transaction, ${chain.lanes} lanes`,
    `${chain.plainRate.toFixed(0)} rows/s (chain = ${((chain.chainRate / chain.plainRate) * 100).toFixed(0)} %)`,
  );

  step('P4 启动时间');
  const p4 = await benchStart();
  add(
    'P4 first',
    'pnpm start → ready, PGlite, fresh data folder (migrate + demo), build up to date',
    `${p4.first.toFixed(1)} s`,
  );
  add('P4 second', 'pnpm start → ready, same folder', `${p4.second.toFixed(1)} s`, '≤ 3 s');

  step('P5 前端体积');
  for (const [route, target] of [
    ['/checks', '≤ 100 KB'],
    ['/b/[token]', ''],
  ] as const) {
    const js = routeJs(route);
    add(
      `P5 ${route}`,
      `JavaScript of the page (entry + layouts + page, ${js.files} files)`,
      `${kb(js.gzip)} gzip (${kb(js.raw)} raw)`,
      target,
    );
  }
  add(
    'P5 render',
    'dashboard page server render vs its API call',
    'n/a — the /dashboard page is not merged yet',
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  cluster.stop();
}

// The table is printed even after a failure, with the figures measured until then.
const cpu = cpus();
console.log(
  `\nShuangfang bench — ${new Date().toISOString()} — ${cpu.length} × ${cpu[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}\n`,
);
const widths = [10, 60, 50];
const cell = (text: string, w: number) => (text.length > w ? text : text.padEnd(w));
console.log(
  `| ${cell('figure', widths[0]!)} | ${cell('what ran', widths[1]!)} | ${cell('result', widths[2]!)} | target |`,
);
console.log(
  `| ${'-'.repeat(widths[0]!)} | ${'-'.repeat(widths[1]!)} | ${'-'.repeat(widths[2]!)} | ------ |`,
);
for (const f of figures)
  console.log(
    `| ${cell(f.id, widths[0]!)} | ${cell(f.what, widths[1]!)} | ${cell(f.value, widths[2]!)} | ${f.target} |`,
  );

import { cpus, totalmem } from 'node:os';
import { benchAuthMe, NOT_FOUND_PATH } from './auth-me.js';
import { routeJs } from './bundle-size.js';
import { benchChain } from './chain-throughput.js';
import { ensureDataset, type Dataset } from './dataset.js';
import { describePlan } from './explain.js';
import { benchHazardList, P1_CONNECTIONS, P1_SECONDS } from './p1-hazard-list.js';
import {
  benchDashboard,
  benchDashboardRender,
  explainDashboard,
  P2_REQUESTS,
  P2_WARM_UP,
} from './p2-dashboard.js';
import { benchDraw, P3_CANDIDATES, P3_COUNT } from './p3-draw.js';
import { benchPages, PAGE_RUNS, type PageTiming } from './pages.js';
import { BARE_RUNS, SETTLE_MS } from './p4-pglite.js';
import { benchStart, buildApp } from './p4-start.js';
import { startCluster } from './postgres-cluster.js';
import { forcedStops, startApp } from './processes.js';
import { mb } from './rss.js';
import { benchExports, LEDGER_RUNS, REFUSED_RUNS, REGISTRY_RUNS } from './xlsx-exports.js';

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

step('构建应用');
buildApp();
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
  // `pnpm bench -- --p1-join-first` also measures the search as it was before its keys were read
  // first (docs/performance.md, P1): a second app, the same pages.
  const joinFirst = process.argv.includes('--p1-join-first');
  const app = await startApp(big.url);
  let p1: Awaited<ReturnType<typeof benchHazardList>>;
  try {
    p1 = await benchHazardList(big.url, app, joinFirst);
    const ratio = p1.app.rps / p1.raw.rps;
    const load = `${p1.pages} pages × 50 rows (county ${p1.county.name}, state=rectifying, keyset), ${P1_CONNECTIONS} connections, ${P1_SECONDS} s, 1× (${p1.hazards} hazards)`;
    const rate = (l: typeof p1.app) =>
      `${l.rps.toFixed(0)} req/s (p50 ${l.p50} ms, p97.5 ${l.p97_5} ms, non-2xx ${l.non2xx})`;
    add('P1 app', `GET /api/v1/hazards, autocannon: ${load}`, rate(p1.app));
    add(
      'P1 raw',
      `same SQL via postgres.js, prepared, no framework: ${load}`,
      `${p1.raw.rps.toFixed(0)} queries/s`,
    );
    add('P1 ratio', 'app / raw, both prepared', `${(ratio * 100).toFixed(0)} %`, '≥ 50 %');
    if (p1.before) {
      add(
        'P1 before',
        `the join-first search (SHUANGFANG_HAZARD_SEARCH=join-first): ${load}`,
        `app ${rate(p1.before.app)}; raw ${p1.before.raw.rps.toFixed(0)} queries/s`,
      );
      add(
        'P1 gain',
        'app rate now / join-first app rate, same run',
        `${(p1.app.rps / p1.before.app.rps).toFixed(1)}×`,
        '≥ 5×',
      );
    }
    for (const [scope, plan] of [
      ['county', p1.plans.county],
      ['city', p1.plans.city],
      ['province', p1.plans.province],
    ] as const) {
      add(
        `P1 ${scope}`,
        `EXPLAIN (ANALYZE, BUFFERS) page 1 at ${scope} scope, keys read by ${plan.by}`,
        describePlan(plan),
        scope === 'province'
          ? ''
          : '≤ 1,500 buffers; hazard index tuples ≤ 100 (2 × the page size)',
      );
    }
    add(
      'P1 old',
      'EXPLAIN (ANALYZE, BUFFERS) page 1 at county scope, join-first search',
      describePlan(p1.plans.countyJoinFirst),
    );
    add(
      'RSS P1',
      `the app's VmRSS (node server/launch.js on PostgreSQL), largest of ${p1.rss.samples} samples 20 ms apart during the P1 app load: ${load}`,
      mb(p1.rss.peak),
      '≤ 300 MB',
    );

    step('/auth/me');
    const auth = await benchAuthMe(app.origin, p1.cookie);
    const statuses = (l: typeof auth.me) =>
      Object.entries(l.statuses)
        .map(([status, n]) => `${n} × ${status}`)
        .join(', ');
    const each = `autocannon, ${P1_CONNECTIONS} connections, ${P1_SECONDS} s, the P1 app`;
    add(
      'auth/me',
      `GET /api/v1/auth/me with the session of P1's inspector (${p1.county.name}), ${each}`,
      `${auth.me.rps.toFixed(0)} req/s (p50 ${auth.me.p50} ms, p97.5 ${auth.me.p97_5} ms; ${statuses(auth.me)})`,
    );
    add(
      'auth 404',
      `GET ${NOT_FOUND_PATH} without a cookie (the API's 404), ${each}`,
      `${auth.notFound.rps.toFixed(0)} req/s (p50 ${auth.notFound.p50} ms, p97.5 ${auth.notFound.p97_5} ms; ${statuses(auth.notFound)})`,
    );
    add(
      'auth ratio',
      '/auth/me rate / 404 rate',
      `${((auth.me.rps / auth.notFound.rps) * 100).toFixed(0)} %`,
      '≥ 20 %',
    );
  } finally {
    await app.stop();
  }

  step('导出');
  const ex = await benchExports(big.url, p1.county);
  const ms0 = (t: { p50: number; p95: number }) =>
    `p50 ${t.p50.toFixed(0)} ms, p95 ${t.p95.toFixed(0)} ms`;
  add(
    'xlsx cap',
    `GET /api/v1/hazard-ledger.xlsx unfiltered, P1's inspector (county ${p1.county.name}, ${ex.countyHazards} hazards > the 10 000 cap) → 422 「${ex.refusal.message}」 vs P1 page 1 (GET ${ex.listPath}), ${REFUSED_RUNS} sequential requests each after 3 warm-up, 1×`,
    `refused ${ms0(ex.refusal.refused)}; list ${ms0(ex.refusal.list)}; refused / list ${(ex.refusal.refused.p50 / ex.refusal.list.p50).toFixed(1)}× at p50`,
    '≤ 2×',
  );
  add(
    'xlsx 20k',
    `GET /api/v1/enterprises/export.xlsx, province ${ex.province.name} agency admin: ${ex.registry.rows} rows (read back from the file), ${(ex.registry.bytes / 2 ** 20).toFixed(1)} MB, to the last byte, p50 of ${REGISTRY_RUNS} after 1 warm-up; vs by hand in the bench: same rows and columns read with postgres.js, sheet XML as a string, deflated into a minimal .xlsx (${ex.handWritten.rowsRead} rows read back, ${(ex.handWritten.bytes / 2 ** 20).toFixed(1)} MB), same p50`,
    `app ${ex.registry.p50.toFixed(0)} ms; by hand ${ex.handWritten.p50.toFixed(0)} ms; app / hand ${(ex.registry.p50 / ex.handWritten.p50).toFixed(1)}×`,
    '≤ 3×',
  );
  add(
    'xlsx RSS',
    `the app's largest VmRSS (samples 20 ms apart) during the refused ledgers and the 20k registry exports, in an app started for them (idle ${mb(ex.idle)} after its logins), vs RSS P1`,
    `exports ${mb(ex.peak)}; P1 load ${mb(p1.rss.peak)}; exports / P1 ${(ex.peak / p1.rss.peak).toFixed(2)}×`,
    '≤ 1.5×',
  );
  add(
    'xlsx ledger',
    `GET /api/v1/hazard-ledger.xlsx?state=rejected, P1's inspector: ${ex.ledger.rows} rows (under the cap, read back from the file), ${(ex.ledger.bytes / 2 ** 20).toFixed(1)} MB, p50 of ${LEDGER_RUNS} after 1 warm-up, same app after the above`,
    `${ms0(ex.ledger)}; app's largest VmRSS meanwhile ${mb(ex.ledger.rss)}; VmHWM since its start ${mb(ex.hwm)}`,
  );

  step('P2 监管看板');
  type Latency = { p50: number; p95: number };
  const p2: { province: Latency; county: Latency }[] = [];
  let render: Awaited<ReturnType<typeof benchDashboardRender>> | undefined;
  let pages: PageTiming[] = [];
  let names = { province: '', county: '' };
  for (const d of sets) {
    const dashApp = await startApp(d.url);
    try {
      const r = await benchDashboard(d.url, dashApp.origin);
      names = {
        province: `${r.province.code} ${r.province.name}`,
        county: `${r.county.code} ${r.county.name}`,
      };
      p2.push({ province: r.provinceMs, county: r.countyMs });
      // P5's second half on the big set: the page's server render and the API call it makes.
      if (d === big) {
        render = await benchDashboardRender(dashApp.origin, r.cookie, r.province);
        step('页面');
        pages = await benchPages(d.url, dashApp.origin);
      }
    } finally {
      await dashApp.stop();
    }
  }
  const ms = (l: Latency) => `p50 ${l.p50.toFixed(0)} ms, p95 ${l.p95.toFixed(0)} ms`;
  for (const level of ['province', 'county'] as const) {
    const [small, large] = [p2[0]![level], p2[1]![level]];
    add(
      `P2 ${level}`,
      `GET /api/v1/dashboard?jurisdiction=${names[level]}, province agency admin, ${P2_REQUESTS} sequential requests after ${P2_WARM_UP} warm-up, 0.1× then 1×`,
      `0.1×: ${ms(small)}; 1×: ${ms(large)}; growth p50 ${(large.p50 / small.p50).toFixed(2)}×, p95 ${(large.p95 / small.p95).toFixed(2)}×`,
      '≤ 1.6× (p50 and p95)',
    );
  }
  const page = (t: PageTiming) => `${t.p50.toFixed(0)} ms ${t.path} (${t.reader}, ${kb(t.bytes)})`;
  add(
    'pages',
    `every page the regulators' menus link to, server-rendered, for the province agency's admin and inspector and the largest county's inspector: p50 of ${PAGE_RUNS} sequential after 1 warm-up, 1×; the five slowest, and the heaviest`,
    `${pages.length} pages; ${pages.slice(0, 5).map(page).join('; ')}; heaviest ${page([...pages].sort((a, b) => b.bytes - a.bytes)[0]!)}`,
  );
  const provincePath = `/${names.province.split(' ')[0]}/`;
  for (const d of sets) {
    add(
      `P2 plan ${d.scale}×`,
      'EXPLAIN ANALYZE of each query of the province dashboard',
      (await explainDashboard(d.url, provincePath)).join('; '),
    );
  }

  step('P3 双随机抽取');
  const p3 = benchDraw();
  add(
    'P3',
    `drawEnterprises over ${P3_CANDIDATES.toLocaleString('en')} weighted candidates (count ${P3_COUNT}) vs sorting ${P3_CANDIDATES.toLocaleString('en')} numbers (Array.sort, comparator), same process, median of ${p3.runs} after a warm-up`,
    `draw ${p3.draw.toFixed(0)} ms, sort ${p3.sort.toFixed(0)} ms: ${(p3.draw / p3.sort).toFixed(1)}×`,
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
  add(
    'P4 bare',
    `node -e: import @electric-sql/pglite, open the same folder, select 1, close, exit (spawn to exit, median of ${BARE_RUNS})`,
    `${p4.bare.toFixed(2)} s`,
  );
  add('P4 ratio', 'P4 second / P4 bare', `${(p4.second / p4.bare).toFixed(1)}×`, '≤ 1.5×');
  add(
    'RSS PGlite',
    `node server/launch.js (what pnpm start runs) on the same folder, demo loaded: a demo 机构管理员 signs in and GETs /, /dashboard, /api/v1/auth/me, /api/v1/hazards; a 岗位员工 /, /workbench, /api/v1/auth/me; then ${SETTLE_MS / 1000} s idle: VmRSS`,
    `${mb(p4.steady.rss)} (VmHWM ${mb(p4.steady.hwm)})`,
    '≤ 400 MB',
  );

  step('P5 前端体积');
  for (const [route, target] of [
    ['/checks', '≤ 100 KB'],
    // The enterprise roles' landing page, a worker's on the phone.
    ['/workbench', '≤ 100 KB'],
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
  if (render)
    add(
      'P5 render',
      `GET /dashboard?jurisdiction=${names.province} (server render, including its API call and the shell's) vs GET /api/v1/dashboard alone, 1×, ${P2_REQUESTS} sequential requests each`,
      `page ${ms(render.pageMs)}; API ${ms(render.apiMs)}; render adds ${(render.pageMs.p50 - render.apiMs.p50).toFixed(0)} ms at p50`,
    );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  cluster.stop();
}

// An app that outlived SIGTERM was killed so the bench could go on; that is the app's to fix.
if (forcedStops.length)
  add(
    'app stops',
    'apps still running 25 s after SIGTERM (then killed by the bench)',
    forcedStops.join(', '),
  );

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

import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createDb, migrateToLatest } from '@shuangfang/db';
import { verifyChain } from '../../api/src/modules/hazards/hazards.service.js';
import { makeAgency, makeEnterprise, makeJurisdiction, makeUser } from '../support/factories.js';
import { REPO_ROOT } from '../support/paths.js';
import { Cluster, freePort } from './cluster.js';

// Database faults, end to end: the real server on a private PostgreSQL cluster, clients writing
// hazards and moves, and the cluster killed with SIGKILL in the middle of it, then restarted.
// Passes when: while the database is down every request is answered (503, with a message)
// rather than left hanging; the same server process serves writes again once it is back;
// every write that was answered 2xx is in the database; and every hazard event chain verifies.
// Run with `pnpm test:faults` (after `pnpm build`); needs PostgreSQL's server binaries.

const CLIENTS = 6;
const LOAD_MS = 4_000;
const DOWN_MS = 4_000;
/** A request not answered in this long counts as a hang. */
const HANG_MS = 15_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => console.log(`[db-kill] ${line}`);

interface Acknowledged {
  hazards: Set<string>;
  /** hazard id → the moves answered 2xx for it */
  confirms: Set<string>;
}

async function main() {
  const cluster = new Cluster(await freePort());
  cluster.start();
  const db = await createDb({ url: cluster.url });
  await migrateToLatest(db);
  await makeJurisdiction(db, { code: '360000', name: '江西省', level: 'province' });
  await makeJurisdiction(db, {
    code: '360700',
    name: '赣州市',
    level: 'city',
    parentCode: '360000',
  });
  await makeJurisdiction(db, {
    code: '360735',
    name: '石城县',
    level: 'county',
    parentCode: '360700',
  });
  const agencyId = await makeAgency(db, '360735');
  const writers: { enterpriseId: string; cookie: string }[] = [];
  for (let i = 0; i < 2; i++) {
    const enterprise = await makeEnterprise(db, { jurisdictionCode: '360735', agencyId });
    const safety = await makeUser(db, { role: 'safety_manager', enterpriseId: enterprise.id });
    writers.push({ enterpriseId: enterprise.id, cookie: safety.cookie });
  }

  const appPort = await freePort();
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'serve.ts'], {
    cwd: `${REPO_ROOT}/server`,
    env: { ...process.env, DATABASE_URL: cluster.url, PORT: String(appPort), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverOutput = '';
  server.stdout?.on('data', (d) => (serverOutput += d));
  server.stderr?.on('data', (d) => (serverOutput += d));
  for (let i = 0; !serverOutput.includes('ready'); i++) {
    if (i > 600 || server.exitCode !== null)
      throw new Error(`server did not start:\n${serverOutput}`);
    await sleep(100);
  }
  const base = `http://127.0.0.1:${appPort}/api/v1`;

  const acked: Acknowledged = { hazards: new Set(), confirms: new Set() };
  const figures = {
    requests: 0,
    ok: 0,
    unavailable: 0,
    otherErrors: 0,
    hangs: 0,
    slowestDownMs: 0,
  };
  let phase: 'up' | 'down' | 'back' = 'up';
  let okAfterRestart = 0;
  let unclearMessages = 0;
  let running = true;

  async function call(method: string, path: string, cookie: string, body: unknown) {
    const started = Date.now();
    const sentIn = phase;
    figures.requests++;
    try {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          origin: `http://127.0.0.1:${appPort}`,
          cookie,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(HANG_MS),
      });
      const json = (await res.json().catch(() => null)) as {
        id?: string;
        error?: { message?: string };
      } | null;
      if (phase === 'down')
        figures.slowestDownMs = Math.max(figures.slowestDownMs, Date.now() - started);
      if (res.ok) {
        figures.ok++;
        if (phase === 'back') okAfterRestart++;
      } else if (res.status === 503) {
        figures.unavailable++;
        if (!json?.error?.message?.includes('数据库')) unclearMessages++;
      } else figures.otherErrors++;
      return res.ok ? json : null;
    } catch {
      figures.hangs++;
      if (process.env.DEBUG_FAULTS)
        console.log(`unanswered: ${method} ${path} (sent while ${sentIn})`);
      return null;
    }
  }

  async function client(n: number) {
    const { enterpriseId, cookie } = writers[n % writers.length]!;
    const hazards = `/enterprises/${enterpriseId}/hazards`;
    for (let i = 0; running; i++) {
      const created = await call('POST', hazards, cookie, {
        source: '日常排查',
        kind: '设备',
        category: '物的不安全状态',
        description: `故障测试隐患 ${n}-${i}`,
        location: '测试车间',
      });
      if (!created?.id) {
        await sleep(50);
        continue;
      }
      acked.hazards.add(created.id);
      const moved = await call('POST', `${hazards}/${created.id}/moves`, cookie, {
        action: 'confirm',
        grade: '一般',
        manageType: '即查即改',
      });
      if (moved) acked.confirms.add(created.id);
    }
  }

  const load = Array.from({ length: CLIENTS }, (_, n) => client(n));
  await sleep(LOAD_MS);
  log(`killing PostgreSQL (SIGKILL) after ${figures.ok} acknowledged writes`);
  phase = 'down';
  cluster.kill();
  await sleep(DOWN_MS);
  const downFigures = { ...figures };
  log('restarting PostgreSQL');
  cluster.start();
  phase = 'back';
  for (let waited = 0; okAfterRestart < 20 && waited < 60_000; waited += 250) await sleep(250);
  await sleep(LOAD_MS);
  running = false;
  await Promise.all(load);
  server.kill('SIGTERM');

  // Every acknowledged write is there, and every chain verifies.
  const check = await createDb({ url: cluster.url });
  const hazards = await check.selectFrom('hazard').select(['id', 'state']).execute();
  const present = new Set(hazards.map((h) => h.id));
  const confirmed = new Set(
    (
      await check
        .selectFrom('hazard_event')
        .select('hazard_id')
        .where('action', '=', 'confirm')
        .execute()
    ).map((e) => e.hazard_id),
  );
  const missingHazards = [...acked.hazards].filter((id) => !present.has(id));
  const missingConfirms = [...acked.confirms].filter((id) => !confirmed.has(id));
  const chains = await Promise.all(writers.map((w) => verifyChain(check, w.enterpriseId)));
  await check.destroy();
  await db.destroy();
  cluster.stop();

  const acknowledged = acked.hazards.size + acked.confirms.size;
  const found = acknowledged - missingHazards.length - missingConfirms.length;
  console.log(
    [
      '',
      'database faults (PostgreSQL killed with SIGKILL under load, then restarted):',
      `  clients ${CLIENTS}, load ${LOAD_MS / 1000}s before, ${DOWN_MS / 1000}s down, ${LOAD_MS / 1000}s after`,
      `  requests ${figures.requests}: 2xx ${figures.ok}, 503 ${figures.unavailable}, other errors ${figures.otherErrors}, unanswered ${figures.hangs}`,
      `  while down: 503 answers ${downFigures.unavailable}, slowest answer ${figures.slowestDownMs} ms`,
      `  writes acknowledged ${acknowledged}, found after the kill ${found}`,
      `  2xx after the restart (same server process) ${okAfterRestart}`,
      `  chains: ${chains.map((c) => `${c.checked} events ${c.ok ? 'ok' : `BROKEN at ${c.firstBroken?.seq}`}`).join('; ')}`,
    ].join('\n'),
  );
  const problems = [
    missingHazards.length + missingConfirms.length > 0 && 'acknowledged writes are missing',
    chains.some((c) => !c.ok) && 'a hazard event chain is broken',
    downFigures.unavailable === 0 && 'no 503 while the database was down',
    unclearMessages > 0 && `${unclearMessages} 503 answers without a clear message`,
    figures.hangs > 0 && `${figures.hangs} requests were not answered within ${HANG_MS} ms`,
    okAfterRestart === 0 && 'the server did not recover after the restart',
    acknowledged === 0 && 'nothing was written',
  ].filter(Boolean);
  if (problems.length > 0) {
    const logFile = `${tmpdir()}/shuangfang-db-kill-server.log`;
    writeFileSync(logFile, serverOutput);
    console.error(`FAILED: ${problems.join('; ')} (server output in ${logFile})`);
    process.exit(1);
  }
  console.log('database faults: passed');
  process.exit(0);
}

await main();

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createDb, type Db } from '@shuangfang/db';
import { seedDemo } from '@shuangfang/seeds/demo';
import postgres from 'postgres';
import { Cluster, freePort } from '../faults/cluster.js';
import { makeEnterprise, makeUser, TEST_PASSWORD } from '../support/factories.js';
import { REPO_ROOT } from '../support/paths.js';
import { AppProcess } from './app-process.js';
import { Balancer } from './balancer.js';
import { failureKinds, phaseFigures } from './figures.js';
import { accountLimitSpread, forgedAddressThroughBalancer } from './limits.js';
import { Load, type Cast } from './load.js';
import { dashboardFromReplica, readAfterOwnWrite } from './replica.js';
import { sweepProblems, sweepRunsBetween } from './sweep-runs.js';
import { missingWrites, verifyChains } from './writes.js';

// `pnpm test:cluster`: the app as a province runs it, on this machine with real parts. A
// PostgreSQL primary and a streaming replica (Debian's server binaries, private ports), three app
// processes started together on the empty database, and nginx in front. Mixed load runs through
// nginx for ~30 s; in its middle the process that ran the latest calendar sweep is killed with
// SIGKILL and started again, and later another is taken out of nginx and stopped with SIGTERM (a
// graceful drain, as docs/deployment.md removes a process). Then:
// every write answered 2xx is found and every hash chain verifies; the sweeps ran once per period
// throughout; the login limits hold across processes and against forged X-Forwarded-For; the
// regulator's dashboard was read on the replica and a read right after one's own write was not.
// Prints the figures; exits 1 on any problem.

const SWEEP_SECONDS = 5;
const LOGIN_LIMIT_PER_ACCOUNT = 5;
const LOGIN_LIMIT_PER_ADDRESS = 30;
// The load's phases: before the kill, one process down (DOWN_MS, then however long its start
// takes), after its restart, and with another one draining and gone.
const BEFORE_KILL_MS = 12_000;
const DOWN_MS = 3_000;
const AFTER_RESTART_MS = 8_000;
const AFTER_DRAIN_MS = 6_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => console.log(`[cluster] ${line}`);
const REGULATOR = { phone: '13800000001', password: 'Demo2026' }; // 石城县应急局管理员 (demo)

const problems: string[] = [];
const expect = (ok: boolean, problem: string) => {
  if (!ok) problems.push(problem);
};

/** Three enterprises of 石城县 with a safety manager and an admin each, on top of the demo. */
async function makeCast(db: Db): Promise<Cast> {
  const agency = await db
    .selectFrom('agency')
    .select('id')
    .where('jurisdiction_code', '=', '360735')
    .executeTakeFirstOrThrow();
  const enterprises = [];
  for (let i = 1; i <= 3; i++) {
    const e = await makeEnterprise(db, {
      jurisdictionCode: '360735',
      agencyId: agency.id,
      name: `集群测试企业${i}有限公司`,
    });
    const safety = await makeUser(db, { role: 'safety_manager', enterpriseId: e.id });
    const admin = await makeUser(db, { role: 'enterprise_admin', enterpriseId: e.id });
    enterprises.push({
      id: e.id,
      safety: { phone: safety.phone, password: TEST_PASSWORD },
      admin: { phone: admin.phone, password: TEST_PASSWORD },
    });
  }
  return { enterprises, regulator: REGULATOR };
}

async function main() {
  const built = spawnSync(process.execPath, ['server/launch.js', '--build-only'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('the build failed');

  const primary = new Cluster(await freePort());
  primary.options = '-c max_connections=200';
  primary.start();
  const admin = postgres(primary.url, { max: 1, onnotice: () => {} });
  await admin`create database shuangfang`;
  await admin.end();
  const replica = Cluster.replicaOf(primary, await freePort());
  replica.options = '-c max_connections=200';
  replica.start();
  const dbUrl = primary.url.replace(/\/postgres$/, '/shuangfang');
  const readUrl = replica.url.replace(/\/postgres$/, '/shuangfang');
  log(`PostgreSQL primary :${primary.port}, streaming replica :${replica.port}`);

  const env = {
    DATABASE_URL: dbUrl,
    DATABASE_READ_URL: readUrl,
    SWEEP_INTERVAL_SECONDS: String(SWEEP_SECONDS),
    LOGIN_LIMIT_PER_ACCOUNT: String(LOGIN_LIMIT_PER_ACCOUNT),
    LOGIN_LIMIT_PER_ADDRESS: String(LOGIN_LIMIT_PER_ADDRESS),
    SHUTDOWN_GRACE_SECONDS: '10',
  };
  const apps = await Promise.all(
    [1, 2, 3].map(async (i) => new AppProcess(`app${i}`, await freePort(), env)),
  );
  const balancer = new Balancer(
    await freePort(),
    apps.map((a) => a.port),
  );
  const sqlPrimary = postgres(dbUrl, { max: 2, onnotice: () => {} });
  const sqlReplica = postgres(readUrl, { max: 2, onnotice: () => {} });
  let db: Db | undefined;
  try {
    // Three processes start together on the empty database: the migrations run once.
    for (const app of apps) app.start();
    await Promise.all(apps.map((a) => a.ready()));
    const migrations = await sqlPrimary<{ name: string; n: number }[]>`
      select name, count(*)::int as n from kysely_migration group by name`;
    expect(
      migrations.length > 0 && migrations.every((m) => m.n === 1),
      'a migration was recorded more than once',
    );
    log(`3 processes ready; ${migrations.length} migrations, each run once`);

    db = await createDb({ url: dbUrl });
    await seedDemo(db);
    const cast = await makeCast(db);
    await balancer.start();
    log(`demo loaded; nginx :${balancer.port} → ${apps.map((a) => a.port).join(', ')}`);

    const load = new Load(balancer.url, cast);
    const t0 = Date.now();
    const loading = load.start();
    await sleep(BEFORE_KILL_MS);

    // The leader: the process that ran the latest sweep.
    const [latest] = await sqlPrimary<{ runner: string }[]>`
      select runner from sweep_run where finished_at is not null order by slot desc limit 1`;
    const victim = apps.find((a) => latest?.runner.endsWith(`:${a.pid}`)) ?? apps[0]!;
    const killAt = Date.now();
    await victim.stop('SIGKILL');
    // The process dies somewhere in between: a request sent in that span was in flight too.
    const deadAt = Date.now();
    log(
      `${victim.name} (ran the latest sweep: ${latest?.runner ?? 'none yet'}) killed with SIGKILL`,
    );
    await sleep(DOWN_MS);
    const restartAt = Date.now();
    victim.start();
    await victim.ready();
    const backAt = Date.now();
    log(`${victim.name} started again, ready after ${backAt - killAt} ms`);

    await sleep(AFTER_RESTART_MS);
    const drained = apps.find((a) => a !== victim)!;
    const drainAt = Date.now();
    // As docs/deployment.md stops a process: out of the balancer's block first, then SIGTERM.
    // (Stopped while still listed, a POST whose connection sat in the accept queue as the
    // listener closed is reset by the kernel, and nginx does not retry a POST.)
    await balancer.setUpstreams(apps.filter((a) => a !== drained).map((a) => a.port));
    const drainExit = await drained.stop('SIGTERM');
    log(`${drained.name} stopped with SIGTERM: exit ${drainExit} after ${Date.now() - drainAt} ms`);
    expect(drainExit === 0, `the drained process exited with ${drainExit}`);

    await sleep(AFTER_DRAIN_MS);
    load.stop();
    await loading;
    const endAt = Date.now();
    drained.start();
    await drained.ready();
    await balancer.setUpstreams(apps.map((a) => a.port));

    // The load's figures.
    const phases = [
      { name: 'before the kill', from: t0, to: killAt },
      { name: 'one process down', from: killAt, to: backAt },
      { name: 'after the restart', from: backAt, to: drainAt },
      { name: 'one process draining/stopped', from: drainAt, to: endAt + 1 },
    ];
    const figures = phaseFigures(load.samples, phases);
    const inFlightAtKill = (s: { started: number; ms: number }) =>
      s.started <= deadAt && s.started + s.ms >= killAt;
    const failed = load.samples.filter((s) => s.failed);
    const failedAtKill = failed.filter(inFlightAtKill);
    const users = 3 * 2 + 4;
    const unexplained = failed
      .filter((s) => !inFlightAtKill(s))
      .map(
        (s) =>
          `${s.what} → ${s.status} at kill${s.started >= killAt ? '+' : ''}${s.started - killAt} ms`,
      );
    expect(
      unexplained.length === 0,
      `${unexplained.length} requests failed that were not in flight at the kill (killed in ${deadAt - killAt} ms): ${unexplained.join('; ')}`,
    );
    expect(failedAtKill.length <= users, 'more requests failed at the kill than were in flight');
    const toVictimWhileDown = balancer
      .requests()
      .filter(
        (r) =>
          r.at > killAt + 1_000 &&
          r.at < restartAt &&
          r.upstreams.at(-1) === `127.0.0.1:${victim.port}`,
      ).length;
    expect(toVictimWhileDown === 0, `${toVictimWhileDown} answers came from the dead process`);
    const logged = balancer.requests().filter((r) => r.at >= t0 && r.at <= endAt);
    const retried = logged.filter((r) => r.upstreams.length > 1).length;
    const answeredBy = apps.map(
      (a) => logged.filter((r) => r.upstreams.at(-1) === `127.0.0.1:${a.port}`).length,
    );

    // Every acknowledged write, every chain.
    const missing = await missingWrites(db, load.acked);
    const acknowledged =
      load.acked.hazards.size +
      load.acked.confirms.size +
      load.acked.submitted.size +
      load.acked.signed.size;
    const missingCount = Object.values(missing).reduce((n, ids) => n + ids.length, 0);
    expect(missingCount === 0, `${missingCount} acknowledged writes are missing`);
    expect(acknowledged > 0, 'nothing was written');
    const chains = await verifyChains(db);
    expect(chains.broken === 0, `${chains.broken} hazard event chains do not verify`);

    // Sweeps: once per period, never two at once, and on after the leader's kill.
    const runs = await sweepRunsBetween(
      sqlPrimary,
      new Date(t0 + SWEEP_SECONDS * 1000),
      new Date(endAt - SWEEP_SECONDS * 1000),
    );
    problems.push(...sweepProblems(runs, SWEEP_SECONDS * 1000));
    const runsAfterKill = runs.filter((r) => r.started_at.getTime() > killAt);
    const runsWhileDown = runsAfterKill.filter((r) => r.started_at.getTime() < backAt);
    expect(runsAfterKill.length > 0, 'no sweep ran after the leader was killed');
    const runners = new Set(runs.map((r) => r.runner));

    // Login limits across the processes, and a forged X-Forwarded-For through the balancer.
    const spread = await accountLimitSpread(
      apps,
      cast.enterprises[0]!.admin,
      cast.enterprises[1]!.admin,
      LOGIN_LIMIT_PER_ACCOUNT,
    );
    const expected = [
      ...Array<number>(LOGIN_LIMIT_PER_ACCOUNT).fill(401),
      ...Array<number>(apps.length).fill(429),
    ];
    expect(
      JSON.stringify(spread.spread) === JSON.stringify(expected) &&
        JSON.stringify(spread.single) === JSON.stringify(expected),
      `login limit across processes: ${spread.spread} (one process: ${spread.single})`,
    );
    const forged = await forgedAddressThroughBalancer(
      balancer.url,
      cast.enterprises[2]!.admin,
      LOGIN_LIMIT_PER_ADDRESS,
    );
    expect(
      forged.statuses.every((s) => s === 401) &&
        forged.thenReal === 429 &&
        forged.fromElsewhere === 200,
      `forged X-Forwarded-For: ${JSON.stringify(forged)}`,
    );

    // The replica.
    const dashboard = await dashboardFromReplica(
      balancer.url,
      REGULATOR,
      sqlPrimary,
      sqlReplica,
      20,
    );
    expect(dashboard.replicaScans >= 20, 'the dashboard was not read on the replica');
    const ownWrite = await readAfterOwnWrite(
      balancer.url,
      cast.enterprises[0]!.id,
      cast.enterprises[0]!.safety,
      REGULATOR,
      sqlPrimary,
      sqlReplica,
    );
    expect(ownWrite.ownRead, 'a user did not see their own write right after it');
    expect(!ownWrite.othersRead, 'the paused replica showed a write it had not replayed');
    expect(ownWrite.othersLater, 'the replica did not show the write once it caught up');

    console.log(
      [
        '',
        'cluster (PostgreSQL primary + streaming replica, 3 app processes, nginx):',
        `  load ${Math.round((endAt - t0) / 1000)} s through nginx, ${load.samples.length} requests, ${users} virtual users`,
        ...figures.map(
          (f) =>
            `  ${f.phase.padEnd(30)} ${String(f.seconds).padStart(5)} s  ${String(f.requests).padStart(5)} requests  ${String(f.failed).padStart(3)} failed  p95 ${f.p95ms} ms`,
        ),
        `  failed requests ${failed.length} of ${load.samples.length} (all in flight on the killed process: ${failedAtKill.length}) ${JSON.stringify(failureKinds(load.samples))}`,
        `  nginx: answers per process ${answeredBy.join(' / ')}; ${retried} requests retried on another process; answers from the dead process while down: ${toVictimWhileDown}; ${load.resent} sent again by the client on a fresh connection (nginx closed the kept-open one on reload)`,
        `  writes acknowledged ${acknowledged} (hazards ${load.acked.hazards.size}, confirmations ${load.acked.confirms.size}, reports submitted ${load.acked.submitted.size}, receipts ${load.acked.signed.size}), found ${acknowledged - missingCount}`,
        `  hash chains: ${chains.enterprises} enterprises, ${chains.events} events, broken ${chains.broken}`,
        `  sweeps: ${runs.length} periods of ${SWEEP_SECONDS} s, each run once (attempts ${runs.map((r) => r.attempts).join('')}), ${runsAfterKill.length} after the kill (${runsWhileDown.length} while the killed leader was down); runners ${[...runners].join(', ')}`,
        `  login limit ${LOGIN_LIMIT_PER_ACCOUNT}/account spread over ${apps.length} processes: ${spread.spread.join(' ')}; on one process: ${spread.single.join(' ')}`,
        `  forged X-Forwarded-For through nginx: ${forged.statuses.length} failures all 401, then the right password ${forged.thenReal}, from another address ${forged.fromElsewhere}`,
        `  dashboard ×20: roll-up scans on the replica ${dashboard.replicaScans}, on the primary ${dashboard.primaryScans}`,
        `  replica paused: own read after own write sees it ${ownWrite.ownRead}; another user's read (replica) sees it ${ownWrite.othersRead}, after catching up ${ownWrite.othersLater}`,
      ].join('\n'),
    );
  } finally {
    if (problems.length > 0 && existsSync(`${balancer.dir}/error.log`)) {
      copyFileSync(`${balancer.dir}/error.log`, `${tmpdir()}/shuangfang-cluster-nginx.log`);
      console.error(`nginx's error log in ${tmpdir()}/shuangfang-cluster-nginx.log`);
    }
    await balancer.stop();
    await Promise.all(apps.map((a) => a.stop('SIGTERM')));
    await db?.destroy();
    await sqlPrimary.end();
    await sqlReplica.end();
    if (problems.length > 0) {
      const file = `${tmpdir()}/shuangfang-cluster-apps.log`;
      writeFileSync(file, apps.map((a) => a.output()).join('\n'));
      console.error(`app output in ${file}`);
    }
    replica.stop();
    primary.stop();
  }
  if (problems.length > 0) {
    console.error(`FAILED:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('cluster: passed');
  process.exit(0);
}

await main();

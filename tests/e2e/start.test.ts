import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { statSync, utimesSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { databaseKind } from '@shuangfang/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/app-server.js';
import { REPO_ROOT } from '../support/paths.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

// `pnpm start` as README gives it, on this suite's database: it reaches ready and serves the API
// and the pages; a second start runs the compiled server as it is; an edit to the server's
// sources compiles it again (server/launch.js).

/** What server/launch.js prints when it compiles the server. */
const COMPILING = '编译服务器';
/** What server/start.ts prints once it has loaded the demo. */
const DEMO_LOADED = '演示数据已就绪';
/** A server source whose modification time stands for an edit (only the time: never its text). */
const EDITED = `${REPO_ROOT}/api/src/app.ts`;

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
  // PGlite is one process's database: the started app opens the folder itself. Both builds are
  // up to date (support/global-setup.ts), so the starts below show what a start does on a machine
  // that has built once.
  await testDb.db.destroy();
});

afterAll(async () => {
  await testDb.drop().catch(() => {});
});

interface Started {
  url: string;
  output: string;
  stop: () => Promise<void>;
}

/** Runs `pnpm start` in its own process group until it prints that it is ready. */
async function pnpmStart(readyWithinMs = 60_000): Promise<Started> {
  const port = await freePort();
  const child = spawn('pnpm', ['start'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...testDb.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const group = child.pid!;
  const exited = once(child, 'exit');

  // pnpm may exit before the server has closed its database: wait until no process of the
  // group is left, so that the next start finds the data folder free.
  const stop = async () => {
    try {
      process.kill(-group, 'SIGTERM');
    } catch {
      return;
    }
    await exited;
    for (let i = 0; i < 200; i++) {
      try {
        process.kill(-group, 0);
      } catch {
        return;
      }
      await sleep(50);
    }
    process.kill(-group, 'SIGKILL');
  };

  const deadline = Date.now() + readyWithinMs;
  while (!output.includes('ready at')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`pnpm start did not get ready:\n${output}`);
    }
    await sleep(50);
  }
  return { url: `http://127.0.0.1:${port}`, output, stop };
}

/** Health, and a public page whose data the page's server code fetches from the API. */
async function expectServing(url: string) {
  const health = await fetch(`${url}/api/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok', database: true });
  const page = await fetch(`${url}/public/blacklist?q=${encodeURIComponent('宝福化工')}`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('石城县宝福化工有限公司');
}

describe('pnpm start', () => {
  it('gets ready, loads the demo and serves the API and the pages', async () => {
    const app = await pnpmStart(110_000);
    try {
      expect(app.output).not.toContain(COMPILING);
      expect(app.output).toContain(DEMO_LOADED);
      await expectServing(app.url);
    } finally {
      await app.stop();
    }
  }, 120_000);

  it('starts again on the same data without compiling the server (nor, on PGlite, loading the demo)', async () => {
    const app = await pnpmStart();
    try {
      expect(app.output).not.toContain(COMPILING);
      // PostgreSQL is shared, so the (idempotent) demo is loaded on every start there.
      if (databaseKind() === 'pglite') expect(app.output).not.toContain(DEMO_LOADED);
      expect(app.output).toContain('13800000001');
      await expectServing(app.url);
    } finally {
      await app.stop();
    }
  }, 60_000);

  it('compiles the server again once one of its sources changed', async () => {
    const { atime, mtime } = statSync(EDITED);
    utimesSync(EDITED, atime, new Date());
    try {
      const app = await pnpmStart();
      try {
        expect(app.output).toContain(COMPILING);
        await expectServing(app.url);
      } finally {
        await app.stop();
      }
    } finally {
      utimesSync(EDITED, atime, mtime);
      // The compiled server now matches the touched file: bring it back in line with the tree
      // (only the server: the web build's sources were not touched).
      spawnSync(process.execPath, ['server/launch.js', '--build-only'], { cwd: REPO_ROOT });
    }
  }, 90_000);
});

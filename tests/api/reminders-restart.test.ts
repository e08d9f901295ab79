import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createApp } from '@shuangfang/api';
import { createDb, type Db } from '@shuangfang/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/app-server.js';
import { expectStatus } from '../support/hazards.js';
import { REPO_ROOT } from '../support/paths.js';
import { startHttpReceiver, type HttpReceiver } from '../support/receivers.js';
import { drain, reminderConfig, SECRET_KEY, WEBHOOK_SECRET } from '../support/reminders.js';
import { ApiClient } from '../support/test-app.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { makeWorld } from '../support/world.js';

// The outbox survives a crash: a process writes reminders (one already tried once against a
// receiver that was down, one not yet fanned out) and is killed with SIGKILL; a new process on
// the same database delivers both, and the log shows the attempt made before the kill.

let testDb: TestDb;
let db: Db;
let receiver: HttpReceiver;
let port: number;
let adminCookie: string;
const config = reminderConfig(null);

beforeAll(async () => {
  testDb = await createTestDb();
  const w = await makeWorld(testDb.db);
  adminCookie = w.users.homeAdmin.cookie;
  port = await freePort();
  const api = new ApiClient(createApp({ db: testDb.db, config }));
  expectStatus(
    await api.post(
      '/v1/notification-channels',
      {
        kind: 'webhook',
        name: '对接',
        url: `http://127.0.0.1:${port}/hook`,
        secret: WEBHOOK_SECRET,
      },
      adminCookie,
    ),
    201,
  );
  // PGlite is one process's database: close it before the writer opens the folder.
  await testDb.db.destroy();

  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'support/outbox-writer.ts', w.enterprises.home1.id],
    {
      cwd: `${REPO_ROOT}/tests`,
      env: {
        ...process.env,
        ...testDb.env,
        SHUANGFANG_SECRET_KEY: SECRET_KEY,
        WEBHOOK_ALLOW_PRIVATE_NETWORK: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => output.includes('written') && resolve());
    child.on('exit', (code) => reject(new Error(`writer exited with ${code}:\n${output}`)));
  });
  child.kill('SIGKILL');
  await once(child, 'exit');

  receiver = await startHttpReceiver(undefined, port);
  db = await createDb(
    'DATABASE_URL' in testDb.env
      ? { url: testDb.env.DATABASE_URL }
      : { dataDir: testDb.env.SHUANGFANG_DATA_DIR },
  );
}, 120_000);
afterAll(async () => {
  await db?.destroy();
  await testDb.drop().catch(() => {});
  await receiver?.close();
});

describe('the outbox across a kill', () => {
  it('delivers after a restart what was written before the process was killed', async () => {
    // Past the first retry's backoff: the attempt made before the kill is due again.
    await drain(db, config, new Date(Date.now() + 3_600_000));
    const bodies = receiver.requests.map((r) => r.json.title).sort();
    expect(bodies).toHaveLength(2);
    expect(
      receiver.requests.every((r) => r.headers['x-shuangfang-event'] === 'tipoff_received'),
    ).toBe(true);
    const api = new ApiClient(createApp({ db, config }));
    const log = expectStatus(await api.get('/v1/notification-deliveries', adminCookie), 200).items;
    expect(log.map((d: any) => [d.state, d.attempts]).sort()).toEqual([
      ['delivered', 1],
      ['delivered', 2],
    ]);
    const retried = log.find((d: any) => d.attempts === 2);
    const detail = expectStatus(
      await api.get(`/v1/notification-deliveries/${retried.id}`, adminCookie),
      200,
    );
    expect(detail.attemptLog.map((a: any) => a.ok)).toEqual([false, true]);
    expect(detail.attemptLog[0].error).toContain('连接失败');
  });
});

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createApp } from '@shuangfang/api';
import { createDb, type Db } from '@shuangfang/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, makeUser } from '../support/factories.js';
import { confirmGeneralNow, hazardApi, submitBody, withTriggerOff } from '../support/hazards.js';
import { REPO_ROOT } from '../support/paths.js';
import { ApiClient } from '../support/test-app.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { makeWorld } from '../support/world.js';

// The verify command of docs/architecture.md, run as an operator would:
// `pnpm --filter @shuangfang/api verify-chain [enterpriseId]`, in its own process, on the
// database alone. PGlite is one process's database, so the test closes it before each run.

const run = promisify(execFile);
let testDb: TestDb;
let enterprises: string[];

/** The command's exit code and its JSON lines. */
async function verifyChain(...args: string[]) {
  try {
    const { stdout } = await run(
      'pnpm',
      ['--silent', '--filter', '@shuangfang/api', 'verify-chain', ...args],
      { cwd: REPO_ROOT, env: { ...process.env, ...testDb.env } },
    );
    return { code: 0, lines: jsonLines(stdout), stdout };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, lines: jsonLines(stdout), stdout: `${stdout}${stderr}` };
  }
}
const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));

/** The test database opened again, for one change, then closed for the command. */
async function withDb(change: (db: Db) => Promise<unknown>) {
  const db =
    'DATABASE_URL' in testDb.env
      ? await createDb({ url: testDb.env.DATABASE_URL })
      : await createDb({ dataDir: testDb.env.SHUANGFANG_DATA_DIR });
  try {
    await change(db);
  } finally {
    await db.destroy();
  }
}

beforeAll(async () => {
  testDb = await createTestDb();
  const api = new ApiClient(createApp({ db: testDb.db }));
  const w = await makeWorld(testDb.db);
  enterprises = [];
  for (let i = 0; i < 2; i++) {
    const { id } = await makeEnterprise(testDb.db, {
      jurisdictionCode: '360735',
      agencyId: w.agencies.home,
    });
    const user = await makeUser(testDb.db, { role: 'safety_manager', enterpriseId: id });
    const safety = hazardApi(api, id, user.cookie);
    const hazard = await safety.registered();
    await safety.moved(hazard, confirmGeneralNow);
    await safety.moved(hazard, submitBody());
    enterprises.push(id);
  }
  await testDb.db.destroy();
}, 120_000);
afterAll(() => testDb.drop());

describe('verify-chain', { timeout: 60_000 }, () => {
  it('passes intact chains: one enterprise, or every enterprise with a chain', async () => {
    const one = await verifyChain(enterprises[0]!);
    expect(one.code, one.stdout).toBe(0);
    expect(one.lines).toEqual([
      { enterpriseId: enterprises[0], ok: true, checked: 3, firstBroken: null },
    ]);
    const all = await verifyChain();
    expect(all.code, all.stdout).toBe(0);
    expect(all.lines.map((l) => l.enterpriseId).sort()).toEqual([...enterprises].sort());
  });

  it('exits 1 naming the first bad event once a row is altered', async () => {
    await withDb((db) =>
      withTriggerOff(db, (trx) =>
        sql`update hazard_event set comment = '改' where enterprise_id = ${enterprises[1]!}
          and seq = 2`.execute(trx),
      ),
    );
    const broken = await verifyChain(enterprises[1]!);
    expect(broken.code, broken.stdout).toBe(1);
    expect(broken.lines[0]).toMatchObject({ ok: false, firstBroken: { seq: 2 } });
    // Checking all of them fails too, while the untouched enterprise still passes.
    const all = await verifyChain();
    expect(all.code).toBe(1);
    expect(all.lines.find((l) => l.enterpriseId === enterprises[0])).toMatchObject({ ok: true });
  });

  it('exits 2 on a malformed enterprise id', async () => {
    const bad = await verifyChain('not-an-id');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('用法');
  });
});

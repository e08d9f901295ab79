import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createDb, type Db } from '@shuangfang/db';
import { seedDemo } from '@shuangfang/seeds/demo';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT, runDir } from '../support/paths.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

// `pnpm db:backup` and `pnpm db:restore` run as an operator runs them, on whichever database this
// suite runs on: a backup of the demo data, a damaged database, a restore, and every table must
// come back exactly as it was backed up (row count and a digest of all its rows).

const run = promisify(execFile);
let testDb: TestDb;
let db: Db;

/** Opens the test database again; PGlite must be closed while a command uses its folder. */
async function reopen(): Promise<Db> {
  return 'DATABASE_URL' in testDb.env
    ? createDb({ url: testDb.env.DATABASE_URL })
    : createDb({ dataDir: testDb.env.SHUANGFANG_DATA_DIR });
}

async function pnpm(script: 'db:backup' | 'db:restore', file: string) {
  await db.destroy();
  try {
    return await run('pnpm', ['--silent', script, file], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...testDb.env },
    });
  } finally {
    db = await reopen();
  }
}

/** Every table of the schema: its row count and an MD5 of its rows in a fixed order. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await db
    .selectFrom('information_schema.tables' as never)
    .select(sql<string>`table_name`.as('name'))
    .where(sql`table_schema`, '=', 'public')
    .where(sql`table_type`, '=', 'BASE TABLE')
    .orderBy(sql`table_name`)
    .execute();
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ n: number; digest: string | null }>`
      select count(*)::int as n, md5(string_agg(t::text, E'\n' order by t::text)) as digest
      from ${sql.table(name)} t`.execute(db);
    result[name] = `${rows[0]!.n}:${rows[0]!.digest ?? ''}`;
  }
  return result;
}

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedDemo(db);
});
afterAll(async () => {
  // drop() closes the handle it made; ours replaced it.
  await db.destroy();
  await testDb.drop().catch(() => {});
});

describe('pnpm db:backup and db:restore', () => {
  it('bring back every table as it was, after the data was changed', async () => {
    const before = await fingerprint();
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(['enterprise', 'hazard', 'hazard_event', 'risk_event', 'site_plan']),
    );
    expect(before.hazard_event).not.toMatch(/^0:/);

    const file = `${runDir(inject('runId'))}/backup-${Date.now()}.bak`;
    const backedUp = await pnpm('db:backup', file);
    expect(backedUp.stdout).toContain('备份完成');

    // Damage: renamed enterprises, positions taken out of their units, a new user.
    await db.updateTable('enterprise').set({ name: '被改动的企业' }).execute();
    await db.deleteFrom('position_unit').execute();
    await db
      .insertInto('app_user')
      .values({ phone: '13999999999', display_name: '新用户', password_hash: 'x' })
      .execute();
    expect(await fingerprint()).not.toEqual(before);

    const restored = await pnpm('db:restore', file);
    expect(restored.stdout).toContain('已从');
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses a missing backup file with a clear message and changes nothing', async () => {
    const before = await fingerprint();
    const failure = await pnpm('db:restore', '/nonexistent/backup.bak').catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('恢复失败：no backup file');
    expect(await fingerprint()).toEqual(before);
  });
});

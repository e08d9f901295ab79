import { randomUUID } from 'node:crypto';
import { cp, rm } from 'node:fs/promises';
import { createDb, databaseKind, type Db } from '@shuangfang/db';
import postgres from 'postgres';
import { inject } from 'vitest';
import { pgliteTemplateDir, runDir } from './paths.js';
import { withDatabase } from './pg-url.js';

export interface TestDb {
  db: Db;
  /** The environment that points another process (the app server) at this database. */
  env: { DATABASE_URL: string } | { SHUANGFANG_DATA_DIR: string };
  /** Closes and removes the copy. */
  drop: () => Promise<void>;
}

/** A private, migrated database for one test file: a copy of the template made by global setup. */
export async function createTestDb(): Promise<TestDb> {
  const prefix = inject('runId');
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  if (databaseKind() === 'postgres') {
    const url = process.env.DATABASE_URL!;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${prefix}_template`);
    await admin.end();
    const db = await createDb({ url: withDatabase(url, name) });
    return {
      db,
      env: { DATABASE_URL: withDatabase(url, name) },
      drop: async () => {
        await db.destroy();
        const cleanup = postgres(url, { max: 1, onnotice: () => {} });
        await cleanup.unsafe(`drop database if exists ${name} with (force)`);
        await cleanup.end();
      },
    };
  }
  const dir = `${runDir(prefix)}/${name}`;
  await cp(pgliteTemplateDir(prefix), dir, { recursive: true });
  const db = await createDb({ dataDir: dir });
  return {
    db,
    env: { SHUANGFANG_DATA_DIR: dir },
    drop: async () => {
      await db.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { createDb, databaseKind, migrateToLatest } from '@shuangfang/db';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { pgliteTemplateDir, REPO_ROOT, runDir, TMP_DIR } from './paths.js';
import { withDatabase } from './pg-url.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Names this run's databases and scratch folder: concurrent runs never touch each other's. */
    runId: string;
  }
}

// Creating and migrating a database is the slow part (PGlite takes seconds to initialise), so it
// happens once here; each test file then copies the template (see test-db.ts).
export default async function setup(project: TestProject) {
  bringBuildsUpToDate();
  await removeStaleRuns();
  const prefix = `sf_test_${randomBytes(4).toString('hex')}`;
  project.provide('runId', prefix);
  await mkdir(runDir(prefix), { recursive: true });
  console.log(`tests run on ${databaseKind() === 'postgres' ? 'PostgreSQL' : 'PGlite'}`);

  if (databaseKind() !== 'postgres') {
    const db = await createDb({ dataDir: pgliteTemplateDir(prefix) });
    await migrateToLatest(db);
    await db.destroy();
    return () => rm(runDir(prefix), { recursive: true, force: true });
  }
  const url = process.env.DATABASE_URL!;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${prefix}_template`);
  await admin.end();
  const db = await createDb({ url: withDatabase(url, `${prefix}_template`) });
  await migrateToLatest(db);
  await db.destroy();

  return async () => {
    const cleanup = postgres(url, { max: 1, onnotice: () => {} });
    const rows = await cleanup`select datname from pg_database where datname like ${`${prefix}%`}`;
    for (const { datname } of rows) {
      await cleanup.unsafe(`drop database if exists "${datname}" with (force)`);
    }
    await cleanup.end();
    await rm(runDir(prefix), { recursive: true, force: true });
  };
}

/** Scratch folders of runs that were killed before their teardown. */
async function removeStaleRuns() {
  const entries = await readdir(TMP_DIR).catch(() => []);
  for (const name of entries) {
    const { mtimeMs } = await stat(`${TMP_DIR}/${name}`);
    if (Date.now() - mtimeMs > 3_600_000)
      await rm(`${TMP_DIR}/${name}`, { recursive: true, force: true });
  }
}

/**
 * The web app and the compiled server, built before any test runs (a no-op when their sources are
 * unchanged since the last build). Never during the run: `vite build` empties `web/build`, so a
 * rebuild while the browser tests' servers are loading pages from it makes them fail.
 */
function bringBuildsUpToDate() {
  const built = spawnSync(process.execPath, ['server/launch.js', '--build-only'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0)
    throw new Error(`server/launch.js --build-only exited with ${built.status}`);
}

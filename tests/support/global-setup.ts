import { mkdir, rm } from 'node:fs/promises';
import { createDb, databaseKind, migrateToLatest } from '@shuangfang/db';
import postgres from 'postgres';
import { PG_TEMPLATE_DB, PGLITE_TEMPLATE_DIR, TMP_DIR } from './paths.js';
import { withDatabase } from './pg-url.js';

// Creating and migrating a database is the slow part (PGlite takes seconds to initialise), so it
// happens once here; each test file then copies the template (see test-db.ts).
export default async function setup() {
  await rm(TMP_DIR, { recursive: true, force: true });
  await mkdir(TMP_DIR, { recursive: true });
  if (databaseKind() === 'postgres') {
    const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    await dropTestDatabases(admin);
    await admin.unsafe(`create database ${PG_TEMPLATE_DB}`);
    await admin.end();
    const db = await createDb({ url: withDatabase(process.env.DATABASE_URL!, PG_TEMPLATE_DB) });
    await migrateToLatest(db);
    await db.destroy();
  } else {
    const db = await createDb({ dataDir: PGLITE_TEMPLATE_DIR });
    await migrateToLatest(db);
    await db.destroy();
  }
  console.log(`tests run on ${databaseKind() === 'postgres' ? 'PostgreSQL' : 'PGlite'}`);
}

async function dropTestDatabases(admin: postgres.Sql) {
  const rows = await admin`select datname from pg_database where datname like 'sf_test_%'`;
  for (const { datname } of rows)
    await admin.unsafe(`drop database if exists "${datname}" with (force)`);
}

import { refreshDashboardRollups } from '@shuangfang/api';
import { createDb, migrateToLatest, type Db } from '@shuangfang/db';
import { loadScaleParallel, withRollupsDeferred } from '@shuangfang/seeds/scale';
import { sql } from 'kysely';
import postgres from 'postgres';
import { migrationProvider } from '../db/src/migrations/index.js';
import { withDatabase } from './postgres-cluster.js';

// A bench data set is one database per scale and seed, built once and reused while its marker row
// (scale, seed, end date, generator version, and the migrations it was built on) still matches;
// anything else is dropped and built again. Migrations added since the build (indexes, say) are
// run on the kept data instead, as they would be on a production database. The end date is fixed
// so that two runs measure the same rows.

export const UNTIL = new Date('2026-11-01T00:00:00Z');
export const SEED = 1;
/** Bump when the generator's output changes. */
const GENERATOR_VERSION = 2;

export interface Dataset {
  url: string;
  scale: number;
  built: boolean;
  /** Build phases in seconds (empty when reused). */
  timings: Record<string, number>;
  counts: Record<string, number>;
}

/** `g<generator version>:<last migration at build time>` */
async function schemaVersion() {
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  return `g${GENERATOR_VERSION}:${names.at(-1)}`;
}

/** Same generator, and built on a prefix of today's migrations. */
async function reusable(marker: string, version: string) {
  const [gen, last] = marker.split(':');
  const names = Object.keys(await migrationProvider.getMigrations());
  return gen === version.split(':')[0] && !!last && names.includes(last);
}

export async function ensureDataset(adminUrl: string, scale: number): Promise<Dataset> {
  const name = `sf_bench_${String(scale).replace('.', '_')}x_s${SEED}`;
  const url = withDatabase(adminUrl, name);
  const version = await schemaVersion();
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
    if (exists) {
      const probe = postgres(url, { max: 1, onnotice: () => {} });
      const marker =
        await probe`select scale, seed, until, schema_version from bench_dataset`.catch(() => []);
      await probe.end();
      const m = marker[0];
      if (
        m &&
        Number(m.scale) === scale &&
        m.seed === SEED &&
        new Date(m.until).getTime() === UNTIL.getTime() &&
        (await reusable(m.schema_version, version))
      ) {
        const db = await createDb({ url });
        const before = await migrationCount(db);
        await migrateToLatest(db);
        // A migration run on kept data may add roll-ups (the dashboard's) or change what they
        // count; its triggers only see rows written after it, so recompute them from the rows.
        if ((await migrationCount(db)) !== before) {
          await refreshDashboardRollups(db);
          await sql`vacuum analyze`.execute(db);
        }
        await db.destroy();
        const counts = await countRows(url);
        return { url, scale, built: false, timings: {}, counts };
      }
      await admin.unsafe(`drop database ${name} with (force)`);
    }
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }

  const db = await createDb({ url });
  const started = performance.now();
  await migrateToLatest(db);
  const loader = postgres(url, { max: 2, onnotice: () => {} });
  const result = await withRollupsDeferred(db, () =>
    loadScaleParallel(loader, {
      scale,
      seed: SEED,
      until: UNTIL,
      workers: 2,
      progress: (done, total) => process.stderr.write(`\r  ${scale}×: ${done}/${total} 家企业`),
    }),
  );
  process.stderr.write('\n');
  await loader.end();
  const t = performance.now();
  await sql`vacuum analyze`.execute(db);
  result.timings['vacuum analyze'] = (performance.now() - t) / 1000;
  await sql`create table bench_dataset (scale numeric, seed int, until timestamptz,
    schema_version text, built_at timestamptz default now(), build_seconds numeric)`.execute(db);
  await sql`insert into bench_dataset (scale, seed, until, schema_version, build_seconds)
    values (${scale}, ${SEED}, ${UNTIL}, ${version}, ${(performance.now() - started) / 1000})`.execute(
    db,
  );
  await db.destroy();
  return { url, scale, built: true, timings: result.timings, counts: result.counts };
}

async function migrationCount(db: Db) {
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from kysely_migration`.execute(db);
  return rows[0]!.n;
}

async function countRows(url: string) {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const rows = await client<{ relname: string; n: string }[]>`
    select relname, n_live_tup::text as n from pg_stat_user_tables`;
  await client.end();
  return Object.fromEntries(rows.map((r) => [r.relname, Number(r.n)]));
}

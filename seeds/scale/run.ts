import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createDb, databaseKind, migrateToLatest, type Db } from '@shuangfang/db';
import { sql } from 'kysely';
import postgres from 'postgres';
import { insertSink } from './copy.js';
import { generateScale, SCALE_PASSWORD } from './generate.js';
import { loadScaleParallel } from './load-parallel.js';
import { withRollupsDeferred } from './rollups.js';

// pnpm --filter @shuangfang/seeds scale -- --scale 0.1 [--seed 1] [--reset] [--until 2026-12-01] [--workers 2]
// Against DATABASE_URL (COPY) or the PGlite folder SHUANGFANG_DATA_DIR (inserts, small scales).

process.env.SHUANGFANG_DATA_DIR ??= fileURLToPath(new URL('../../data', import.meta.url));

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    until: { type: 'string' },
    reset: { type: 'boolean', default: false },
    workers: { type: 'string', default: '2' },
  },
});
const scale = Number(values.scale);
const seed = Number(values.seed);
if (!(scale > 0) || !Number.isInteger(seed)) {
  console.error('用法：scale [--scale 0.01|0.1|1|10] [--seed N] [--until YYYY-MM-DD] [--reset]');
  process.exit(2);
}
// Today at midnight UTC unless given: the same seed on the same day gives the same data.
const until = values.until
  ? new Date(values.until)
  : new Date(new Date().toISOString().slice(0, 10));

const t0 = performance.now();
const db = await createDb();
await migrateToLatest(db);
const migrated = (performance.now() - t0) / 1000;

const { count } = await db
  .selectFrom('enterprise')
  .select((eb) => eb.fn.countAll<string>().as('count'))
  .executeTakeFirstOrThrow();
if (Number(count) > 0) {
  if (!values.reset) {
    console.error(`数据库中已有 ${count} 家企业：加 --reset 清空业务表后再生成。`);
    await db.destroy();
    process.exit(1);
  }
  await truncateAppTables(db);
}

const workers = Number(values.workers);
const client = process.env.DATABASE_URL
  ? postgres(process.env.DATABASE_URL, { max: workers, onnotice: () => {} })
  : null;
const options = {
  scale,
  seed,
  until,
  progress: (done: number, total: number) => process.stderr.write(`\r${done}/${total} 家企业`),
};
// PostgreSQL: worker threads and COPY; PGlite (single connection): one thread, batched inserts.
const result = await withRollupsDeferred(db, () =>
  client
    ? loadScaleParallel(client, { ...options, workers })
    : generateScale(insertSink(db), options),
);
process.stderr.write('\n');
const t1 = performance.now();
await sql`analyze`.execute(db);
result.timings.analyze = (performance.now() - t1) / 1000;
await client?.end();
await db.destroy();

console.log(
  `省级数据集（${databaseKind()}，scale ${scale}，seed ${seed}，截至 ${until.toISOString()}）`,
);
console.log(`  migrate: ${migrated.toFixed(1)} s`);
for (const [phase, s] of Object.entries(result.timings))
  console.log(`  ${phase}: ${s.toFixed(1)} s`);
for (const [table, n] of Object.entries(result.counts)) console.log(`  ${table.padEnd(20)} ${n}`);
console.log(`账号密码均为 ${SCALE_PASSWORD}（企业 13xxxxxxxxx，监管 15xxxxxxxxx）`);

/** Empties every table but the migration bookkeeping; the append-only log's guard steps aside. */
async function truncateAppTables(db: Db) {
  await db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ tablename: string }>`select tablename from pg_tables
      where schemaname = 'public' and tablename not like 'kysely_%'`.execute(trx);
    await sql`alter table hazard_event disable trigger hazard_event_no_truncate`.execute(trx);
    await sql
      .raw(`truncate ${rows.map((r) => `"${r.tablename}"`).join(', ')} cascade`)
      .execute(trx);
    await sql`alter table hazard_event enable trigger hazard_event_no_truncate`.execute(trx);
  });
}

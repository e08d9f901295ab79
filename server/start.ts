import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDb, databaseKind, migrateToLatest } from '@shuangfang/db';
import { sourceStamp } from './source-stamp.js';

// `pnpm start`, run compiled by launch.js: builds the web app only when its sources changed since
// the last build, opens the database once, migrates, loads the demo unless this data folder already
// holds this version of it, and serves. A second start is then: compare three stamps (compiled
// server, web build, demo), open PGlite, listen. A production process (one of several behind a
// balancer, docs/deployment.md) runs with SHUANGFANG_DEMO=off: migrate and serve.

const root = fileURLToPath(new URL('..', import.meta.url));
const web = `${root}web/`;
process.env.SHUANGFANG_DATA_DIR ??= `${root}data`;

const stampOf = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : null);

const buildStampFile = `${web}build/.source-stamp`;
const buildStamp = sourceStamp(root, [
  'web/src',
  'web/static',
  'web/svelte.config.js',
  'web/vite.config.ts',
  'web/package.json',
  'db/src/enums.ts',
  'pnpm-lock.yaml',
]);
// Always the production build, whoever starts it: Vite keeps a NODE_ENV it finds set, and the
// test runner sets 'test', under which Svelte compiles in dev mode (bigger, slower, with dev-only
// checks) — not the app people get. The stamp names the mode, so an older build is redone.
const productionStamp = `${buildStamp} production`;
if (stampOf(buildStampFile) !== productionStamp) {
  console.log('构建网页…');
  const built = spawnSync('pnpm', ['exec', 'vite', 'build'], {
    cwd: web,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
  writeFileSync(buildStampFile, productionStamp);
}
if (process.argv.includes('--build-only')) process.exit(0);

// The database opens (PGlite: loading its WebAssembly and data folder) while the app's modules load.
const opening = createDb().then(async (db) => {
  await migrateToLatest(db);
  return db;
});
const { closeOnSignals, startServer } = await import('./server-start.js');
const db = await opening;
// PGlite: the data folder remembers which demo it holds; PostgreSQL is shared, so the seed (which
// is idempotent) always runs there.
const withDemo = process.env.SHUANGFANG_DEMO !== 'off';
const demoStampFile = `${process.env.SHUANGFANG_DATA_DIR}/.demo-stamp`;
const demoStamp = sourceStamp(root, ['seeds/demo', 'db/src/migrations']);
if (withDemo && (databaseKind() === 'postgres' || stampOf(demoStampFile) !== demoStamp)) {
  const { seedDemo } = await import('@shuangfang/seeds/demo');
  await seedDemo(db);
  if (databaseKind() === 'pglite') writeFileSync(demoStampFile, demoStamp);
  console.log('演示数据已就绪。');
}

const server = await startServer({
  port: Number(process.env.PORT ?? 3000),
  host: process.env.HOST ?? '0.0.0.0',
  db,
});
if (withDemo) {
  const { printDemoLogins } = await import('@shuangfang/seeds/demo/logins');
  await printDemoLogins(db);
}
// Stops are handled before "ready" is said: whoever waits for it may stop the server at once.
closeOnSignals(server, () => db.destroy());
console.log(
  `Shuangfang ready at http://localhost:${server.port} (${Math.round(performance.now())}ms)`,
);

import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { sourceStamp } from './source-stamp.js';

// `pnpm start`. The server (start.ts and the workspace code it imports) runs as JavaScript compiled
// ahead of time into server/server-build/: loading it as TypeScript through tsx cost seconds on
// every start. It is compiled again only when its sources changed, as start.ts rebuilds the web
// app only when the web app's sources did. Plain JavaScript, so nothing has to compile this file
// first.

// V8 lets the old generation grow to about four times what survived the last full collection
// when collections are cheap, as they are here: under list load the app holds ~50 MB live, yet
// request data promoted by young collections filled the heap to ~200 MB between full ones and the
// resident memory peaked past 300 MB. Growing by at most twice keeps the peak near 220 MB at the
// same request rate (docs/performance.md, "Memory"). V8 reads the flag at each collection, so
// setting it here, after start, takes effect.
setFlagsFromString('--heap-growing-percent=100');

const root = fileURLToPath(new URL('..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const outdir = `${here}server-build`;

const stamp = sourceStamp(root, [
  'api/src',
  'db/src',
  'seeds/demo',
  // This package's own files: start.ts, server-start.ts, this launcher and the build script.
  ...readdirSync(here, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `server/${entry.name}`),
  ...['api', 'db', 'seeds'].flatMap((p) => [`${p}/package.json`, `${p}/tsconfig.json`]),
  'tsconfig.base.json',
  'pnpm-lock.yaml',
  'patches',
]);
const stampFile = `${outdir}/.source-stamp`;

if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
  console.log('编译服务器…');
  // esbuild has printed why when it could not.
  if (!(await compile())) process.exit(1);
}

// A computed specifier: the build exists only once the lines above have run.
await import(new URL('./server-build/start.js', import.meta.url).href);

/**
 * Compiles beside the current build (at the same depth, which the compiled import.meta.url relies
 * on) and then swaps the new one in, so a start running meanwhile finds one whole build or the
 * other.
 */
async function compile() {
  const next = `${outdir}.${process.pid}`;
  const old = `${outdir}.${process.pid}.old`;
  try {
    const { buildServer } = await import('./build-server.js');
    if (!(await buildServer(next))) return false;
    writeFileSync(`${next}/.source-stamp`, stamp);
    // Either rename may lose a race with another start swapping in its build of the same
    // sources, which is as good as this one; anything else is an error.
    try {
      renameSync(outdir, old);
    } catch (error) {
      if (existsSync(outdir)) throw error;
    }
    try {
      renameSync(next, outdir);
    } catch (error) {
      if (!existsSync(stampFile)) throw error;
    }
    return true;
  } finally {
    rmSync(next, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}

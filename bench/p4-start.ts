import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bareOpen, groupGone, steadyRss } from './p4-pglite.js';

// P4: from `pnpm start` to "ready" on the embedded database (PGlite), in a fresh data folder
// (migrate + demo) and again in the same folder. The web app and the compiled server are brought
// up to date first, so both starts measure a machine that has already built once. Each start is
// over only when every process of it has gone: a stopping PGlite still writes its folder, which the
// next opens. Then, on the same folder, a bare PGlite open and the app's settled memory
// (p4-pglite.ts).

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = '3977';

function startOnce(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn('pnpm', ['start'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      SHUANGFANG_DATA_DIR: dataDir,
      PORT,
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let seconds: number | null = null;
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (seconds !== null || !out.includes('ready at')) return;
      seconds = (performance.now() - started) / 1000;
      process.kill(-child.pid!, 'SIGTERM');
    });
    child.once('exit', (code) =>
      seconds !== null
        ? void groupGone(child.pid!).then(() => resolve(seconds!))
        : reject(new Error(`pnpm start exited (${code}): ${out.slice(-400)}`)),
    );
  });
}

/** Brings the compiled server and the web build up to date (a fresh clone has neither). */
export function buildApp() {
  const built = spawnSync(process.execPath, ['server/launch.js', '--build-only'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error('server or web build failed');
}

/** Both starts find the builds up to date: `buildApp` ran first. */
export async function benchStart() {
  const dataDir = mkdtempSync(join(tmpdir(), 'sf-bench-p4-'));
  try {
    const first = await startOnce(dataDir);
    const second = await startOnce(dataDir);
    const bare = await bareOpen(dataDir);
    const steady = await steadyRss(dataDir);
    return { first, second, bare, steady };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { quantile } from './sequential.js';
import { rssOf } from './rss.js';

// The embedded database on its own and the app settled on it, both on the data folder P4's
// second start opened (the demo already in it):
// - a bare PGlite open: node imports @electric-sql/pglite, opens the folder, runs `select 1`,
//   closes, exits — the floor under P4's second start;
// - the app's resident memory once settled: started as `pnpm start` starts it, a few requests
//   as two demo users, then a pause, then VmRSS.

const root = fileURLToPath(new URL('..', import.meta.url));
export const BARE_RUNS = 3;
export const SETTLE_MS = 5_000;
const PORT = '3977';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const BARE_OPEN = `
const { PGlite } = await import('@electric-sql/pglite');
const db = await PGlite.create(process.argv[1]);
await db.query('select 1');
await db.close();`;

/** Seconds from spawning node to its exit, median of BARE_RUNS. */
export async function bareOpen(dataDir: string) {
  const runs: number[] = [];
  for (let i = 0; i < BARE_RUNS; i++) {
    const started = performance.now();
    // server/ depends on PGlite (the app opens it from there), so the import resolves as it does.
    const child = spawn(process.execPath, ['--input-type=module', '-e', BARE_OPEN, dataDir], {
      cwd: `${root}server`,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`PGlite 打开 ${dataDir} 失败（${code}）`);
    runs.push((performance.now() - started) / 1000);
  }
  return quantile(runs, 0.5);
}

/** Waits until every process of the group has gone (a stopping PGlite writes its folder). */
export async function groupGone(pgid: number, limitMs = 30_000) {
  const until = performance.now() + limitMs;
  for (;;) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    if (performance.now() > until) return process.kill(-pgid, 'SIGKILL');
    await sleep(50);
  }
}

async function signIn(origin: string, phone: string, password: string) {
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ login: phone, password }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`演示账号 ${phone} 登录失败：${res.status}`);
  return cookie;
}

async function visit(origin: string, path: string, cookie: string) {
  const res = await fetch(origin + path, { headers: { cookie } });
  await res.arrayBuffer();
  if (res.status >= 400) throw new Error(`GET ${path}: ${res.status}`);
}

/** `node server/launch.js` (what `pnpm start` runs) on the folder; VmRSS once settled. */
export async function steadyRss(dataDir: string) {
  const child = spawn(process.execPath, [`${root}server/launch.js`], {
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
  try {
    const out = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout!.on('data', (d: Buffer) => {
        text += d.toString();
        if (text.includes('ready at')) resolve(text);
      });
      child.once('exit', (code) =>
        reject(new Error(`node server/launch.js exited (${code}): ${text}`)),
      );
    });
    // The demo logins it prints: `  <phone>  <role>  <name>`, the password in the heading.
    const password = /密码均为 (\S+?)）/.exec(out)?.[1];
    const phoneOf = (role: string) => new RegExp(`^\\s+(\\d{11})\\s+${role}`, 'm').exec(out)?.[1];
    const [admin, worker] = [phoneOf('机构管理员'), phoneOf('岗位员工')];
    if (!password || !admin || !worker) throw new Error(`未找到演示账号：${out.slice(-400)}`);
    const origin = `http://127.0.0.1:${PORT}`;
    const adminCookie = await signIn(origin, admin, password);
    for (const path of ['/', '/dashboard', '/api/v1/auth/me', '/api/v1/hazards?limit=50'])
      await visit(origin, path, adminCookie);
    const workerCookie = await signIn(origin, worker, password);
    for (const path of ['/', '/workbench', '/api/v1/auth/me'])
      await visit(origin, path, workerCookie);
    await sleep(SETTLE_MS);
    return rssOf(child.pid!);
  } finally {
    child.removeAllListeners('exit');
    process.kill(-child.pid!, 'SIGTERM');
    await groupGone(child.pid!);
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Child processes of the bench: the app server, and the load generators (a second process, so
// the load they make does not share an event loop with what they measure).

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
/** How long a stopping app may take (its own grace for requests in flight is 15 s). */
const STOP_WAIT_MS = 25_000;

/** Apps that did not exit within STOP_WAIT_MS of SIGTERM and were killed (run.ts prints them). */
export const forcedStops: string[] = [];

/** Runs node with args and env; resolves with its child and the first stdout line matching. */
function spawnNode(args: string[], env: Record<string, string>, ready: RegExp) {
  const child = spawn(process.execPath, args, {
    cwd: here,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise<{ child: ChildProcess; match: RegExpExecArray }>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = ready.exec(out);
      if (match) resolve({ child, match });
    });
    child.on('exit', (code) =>
      reject(new Error(`${args.join(' ')} exited (${code}): ${out.slice(-500)}`)),
    );
  });
}

/** Runs `tsx <script>` with env; resolves with its child and the first stdout line matching. */
export const spawnTsx = (script: string, env: Record<string, string>, ready: RegExp) =>
  spawnNode(['--import', 'tsx', `${here}${script}`], env, ready);

/** Runs a load script to its end and parses the JSON it prints last. */
export async function runJson<T>(script: string, input: unknown): Promise<T> {
  const { child, match } = await spawnTsx(
    script,
    { BENCH_INPUT: JSON.stringify(input) },
    /^RESULT (.*)$/m,
  );
  child.kill();
  return JSON.parse(match[1]!) as T;
}

/**
 * The app as a province runs it (docs/deployment.md): `node server/launch.js` with
 * SHUANGFANG_DEMO=off, the compiled server that buildApp brought up to date, on a free port.
 * Through tsx the same server carried ~100 MB more resident memory (tsx's loader thread and its
 * caches: 237 against 130 MB idle on the 1× set), which the RSS figures would have counted as
 * the app's.
 */
export async function startApp(databaseUrl: string, env: Record<string, string> = {}) {
  const { child, match } = await spawnNode(
    [`${root}server/launch.js`],
    { DATABASE_URL: databaseUrl, SHUANGFANG_DEMO: 'off', PORT: '0', HOST: '127.0.0.1', ...env },
    /ready at http:\/\/localhost:(\d+)/,
  );
  return {
    origin: `http://127.0.0.1:${match[1]}`,
    /** The app's own process, whose memory the bench reads. */
    pid: child.pid!,
    stop: () => stopWithin(child),
  };
}

/** SIGTERM, then SIGKILL if the process has not exited in time: the bench must not hang on it. */
function stopWithin(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    child.removeAllListeners('exit');
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => {
      forcedStops.push(`pid ${child.pid}`);
      console.error(
        `· 应用 pid ${child.pid} 在 SIGTERM 后 ${STOP_WAIT_MS / 1000} s 内未退出，强制结束`,
      );
      child.kill('SIGKILL');
    }, STOP_WAIT_MS);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

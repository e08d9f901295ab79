import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Child processes of the bench: the app server, and the load generators (a second process, so
// the load they make does not share an event loop with what they measure).

const here = fileURLToPath(new URL('.', import.meta.url));

/** Runs `tsx <script>` with env; resolves with its child and the first stdout line matching. */
export function spawnTsx(script: string, env: Record<string, string>, ready: RegExp) {
  const child = spawn(process.execPath, ['--import', 'tsx', `${here}${script}`], {
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
    child.on('exit', (code) => reject(new Error(`${script} exited (${code}): ${out.slice(-500)}`)));
  });
}

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

export async function startApp(databaseUrl: string, env: Record<string, string> = {}) {
  const { child, match } = await spawnTsx(
    'serve.ts',
    { DATABASE_URL: databaseUrl, ...env },
    /READY (\d+)/,
  );
  return {
    origin: `http://127.0.0.1:${match[1]}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

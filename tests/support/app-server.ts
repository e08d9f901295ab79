import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { seedDemo } from '@shuangfang/seeds/demo';
import { REPO_ROOT } from './paths.js';
import { createTestDb } from './test-db.js';

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

export interface RunningApp {
  url: string;
  /** Everything the server printed so far. */
  output: () => string;
  /** Sends the server process a signal (stop() sends SIGTERM and waits). */
  signal: (signal: NodeJS.Signals) => void;
  /** The server process's exit code (or signal), once it has exited. */
  exited: Promise<number | string | null>;
  stop: () => Promise<void>;
}

export interface AppServerOptions {
  /** Load the demo data first (default); without it the database is only migrated. */
  demo?: boolean;
  /** More environment for the server process. */
  env?: Record<string, string>;
}

/**
 * The real product as a user gets it: the one-process server (`server/serve.ts`, built web app) on a
 * private copy of the template database with the demo data loaded.
 */
export async function startAppServer(options: AppServerOptions = {}): Promise<RunningApp> {
  const testDb = await createTestDb();
  if (options.demo !== false) await seedDemo(testDb.db);
  // PGlite is one process's database: close it before the server opens the folder.
  await testDb.db.destroy();
  const port = await freePort();
  // node itself (not a pnpm or tsx wrapper), so that stopping it stops the server.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'serve.ts'], {
    cwd: `${REPO_ROOT}/server`,
    env: {
      ...process.env,
      ...testDb.env,
      ...options.env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  // What the server said after start is kept for a failing test to show.
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => {
      output += `\n[server exited: ${code ?? signal}]`;
      resolve(code ?? signal);
    }),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    child.stdout?.on('data', () => {
      if (output.includes('ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    signal: (signal) => child.kill(signal),
    exited,
    stop: async () => {
      child.kill('SIGTERM');
      // Ended already (with a code, or by a signal): 'exit' has been emitted and will not again.
      if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
      await testDb.drop().catch(() => {});
    },
  };
}

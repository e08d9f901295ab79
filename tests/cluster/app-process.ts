import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT } from '../support/paths.js';

// One app process as a deployment runs it (docs/deployment.md): the compiled server
// (`node server/launch.js`) without the demo, on its own port, sharing the databases.

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class AppProcess {
  private child: ChildProcess | null = null;
  private log = '';
  private exit: Promise<number | string | null> = Promise.resolve(null);

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What the process printed, every start of it. */
  output(): string {
    return this.log;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): void {
    const child = spawn(process.execPath, ['server/launch.js'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        ...this.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        SHUANGFANG_DEMO: 'off',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => (this.log += d));
    child.stderr?.on('data', (d) => (this.log += d));
    this.exit = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.log += `\n[${this.name} exited: ${code ?? signal}]\n`;
        resolve(code ?? signal);
      }),
    );
    this.child = child;
  }

  /** Waits until /api/health/ready answers 200 (database reachable, migrations current). */
  async ready(withinMs = 120_000): Promise<void> {
    const deadline = Date.now() + withinMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.name} exited before ready:\n${this.log}`);
      try {
        const res = await fetch(`${this.url}/api/health/ready`);
        if (res.status === 200) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error(`${this.name} not ready within ${withinMs} ms:\n${this.log}`);
  }

  /** Sends a signal; resolves with the exit code or signal once the process is gone. */
  async stop(signal: NodeJS.Signals): Promise<number | string | null> {
    if (!this.running) return this.exit;
    this.child!.kill(signal);
    return this.exit;
  }
}

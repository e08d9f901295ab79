import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';

// Debian's nginx as the load balancer in front of the app processes, in a folder of its own with
// a private port, as docs/deployment.md describes it:
// - no upstream keep-alive: each request opens its own connection to an app process, so a process
//   that stops never has a request sent into a socket it is closing;
// - a connection an app process refuses (killed, or draining) is retried on the next process,
//   whatever the method, since nothing was sent; a GET whose process died mid-answer is retried
//   too; a POST that reached a process that then died is not (it may have been written), so it
//   fails with 502 — the only failures a kill can cause;
// - a process that failed is left out for `fail_timeout`, then tried again (nginx has no active
//   health checks without Plus: /api/health/ready is for balancers that do).

const NGINX = '/usr/sbin/nginx';
/** A reload starts new workers at once; the old ones finish the requests they hold (ms). */
const RELOAD_SETTLE_MS = 1_000;

export class Balancer {
  readonly dir = mkdtempSync(`${tmpdir()}/shuangfang-nginx-`);
  private child: ChildProcess | null = null;

  constructor(
    readonly port: number,
    private upstreams: number[],
  ) {
    if (!existsSync(NGINX)) throw new Error('nginx not found: apt-get install nginx');
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** `$upstream_addr $status` per request, for counting where requests went. */
  get accessLog() {
    return `${this.dir}/access.log`;
  }

  private config(): string {
    const temp = `${this.dir}/temp`;
    mkdirSync(temp, { recursive: true });
    // nginx started by root runs its workers as nobody: they buffer large bodies here.
    chmodSync(temp, 0o777);
    const servers = this.upstreams
      .map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`)
      .join('\n');
    return `
${process.getuid?.() === 0 ? 'user nobody nogroup;' : ''}
worker_processes 1;
daemon off;
pid ${this.dir}/nginx.pid;
error_log ${this.dir}/error.log warn;
events { worker_connections 1024; }
http {
  log_format upstream '$msec|$request_method|$status|$upstream_addr|$upstream_status';
  access_log ${this.accessLog} upstream;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  client_max_body_size 20m;
  upstream shuangfang {
${servers}
  }
  server {
    listen 127.0.0.1:${this.port};
    location / {
      proxy_pass http://shuangfang;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
`;
  }

  async start(): Promise<void> {
    writeFileSync(`${this.dir}/nginx.conf`, this.config());
    this.child = spawn(
      NGINX,
      ['-p', this.dir, '-c', `${this.dir}/nginx.conf`, '-e', `${this.dir}/error.log`],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    this.child.stderr?.on('data', (d) => (stderr += d));
    for (let i = 0; i < 100; i++) {
      if (this.child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
      try {
        await fetch(`${this.url}/api/health/live`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`nginx did not start: ${stderr}`);
  }

  /**
   * Serves from these processes only, as docs/deployment.md removes or adds one: the block is
   * rewritten and nginx reloaded (SIGHUP); requests already on the old workers finish there, so
   * the caller waits a moment before stopping a process it took out.
   */
  async setUpstreams(ports: number[]): Promise<void> {
    this.upstreams = ports;
    writeFileSync(`${this.dir}/nginx.conf`, this.config());
    this.child?.kill('SIGHUP');
    await new Promise((r) => setTimeout(r, RELOAD_SETTLE_MS));
  }

  /** Each logged request: when, its method and status, and the processes nginx tried. */
  requests(): { at: number; method: string; status: number; upstreams: string[] }[] {
    if (!existsSync(this.accessLog)) return [];
    return readFileSync(this.accessLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [at = '0', method = '', status = '0', tried = ''] = line.split('|');
        return {
          at: Number(at) * 1000,
          method,
          status: Number(status),
          // "127.0.0.1:5001, 127.0.0.1:5002" when nginx went on to the next process.
          upstreams: tried.split(/,\s*|\s+:\s+/).filter(Boolean),
        };
      });
  }

  async stop(): Promise<void> {
    if (this.child && this.child.exitCode === null) {
      const exited = new Promise((r) => this.child!.once('exit', r));
      this.child.kill('SIGQUIT');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';

// A private PostgreSQL cluster that a fault script may kill: its own data folder and port. A
// second one may follow it as a streaming replica (hot standby): `Cluster.replicaOf(primary, port)`.

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

function pgBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = readdirSync(root).sort((a, b) => Number(a) - Number(b));
  if (versions.length === 0) throw new Error('PostgreSQL server binaries not found');
  return `${root}/${versions.at(-1)}/bin`;
}

/** Runs a PostgreSQL tool as the postgres user when we are root (initdb refuses root). */
function asPostgres(command: string, args: string[]) {
  if (process.getuid?.() === 0) {
    const line = [command, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    return execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', line], { stdio: 'pipe' });
  }
  return execFileSync(command, args, { stdio: 'pipe' });
}

export class Cluster {
  readonly dir = mkdtempSync(`${tmpdir()}/shuangfang-faults-`);
  readonly data = `${this.dir}/data`;
  /** Server settings beside the port and socket folder, e.g. `-c max_connections=200`. */
  options = '';
  constructor(
    readonly port: number,
    /** The primary to copy and follow; without one a new, empty cluster. */
    primary?: Cluster,
  ) {
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres', this.dir]);
    if (primary) {
      // A base backup of the running primary, written with standby.signal and primary_conninfo
      // (-R): started, it replays the primary's WAL as it streams in and answers reads.
      asPostgres(`${pgBin()}/pg_basebackup`, [
        '-D',
        this.data,
        '-h',
        '127.0.0.1',
        '-p',
        String(primary.port),
        '-U',
        'postgres',
        '-X',
        'stream',
        '-R',
      ]);
      return;
    }
    // initdb's trust authentication covers replication connections from 127.0.0.1 too.
    asPostgres(`${pgBin()}/initdb`, [
      '-D',
      this.data,
      '-U',
      'postgres',
      '--auth=trust',
      '--no-locale',
      '-E',
      'UTF8',
    ]);
  }
  /** A hot standby of a running primary, on its own port. */
  static replicaOf(primary: Cluster, port: number): Cluster {
    return new Cluster(port, primary);
  }
  get url() {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }
  start() {
    asPostgres(`${pgBin()}/pg_ctl`, [
      '-D',
      this.data,
      '-l',
      `${this.dir}/server.log`,
      '-w',
      '-t',
      '60',
      'start',
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 ${this.options}`,
    ]);
  }
  /** SIGKILL to the postmaster and, as a crash would, to every backend it started. */
  kill() {
    const pid = Number(readFileSync(`${this.data}/postmaster.pid`, 'utf8').split('\n')[0]);
    const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)]).toString();
    process.kill(pid, 'SIGKILL');
    for (const child of children.split('\n').map(Number).filter(Boolean)) {
      try {
        process.kill(child, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  stop() {
    try {
      asPostgres(`${pgBin()}/pg_ctl`, ['-D', this.data, '-m', 'immediate', 'stop']);
    } catch {
      // not running
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The PostgreSQL the bench measures: DATABASE_URL when set, else a private cluster started the
// way .ci/run does (Debian's postgresql, installed with apt-get if missing). Its folder is kept
// (bench/.data/pg), so the data sets built once are reused by the next run.

const DIR = fileURLToPath(new URL('./.data/pg', import.meta.url));
const PORT = 55433;

function pgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(a) - Number(b));
  return versions.length ? `${root}/${versions.at(-1)}/bin` : null;
}

/** Runs a command as the postgres user when we are root (initdb refuses to run as root). */
function asPostgres(command: string) {
  const root = process.getuid?.() === 0;
  execSync(root ? `su postgres -c "${command.replaceAll('"', '\\"')}"` : command, {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export interface Cluster {
  url: string;
  stop(): void;
}

export function startCluster(): Cluster {
  const env = process.env.DATABASE_URL;
  if (env) return { url: env, stop: () => {} };

  if (!pgBin()) {
    console.error('安装 PostgreSQL（apt-get install postgresql）…');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql',
      {
        stdio: 'inherit',
      },
    );
  }
  const bin = pgBin()!;
  mkdirSync(DIR, { recursive: true });
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres', DIR]);
  if (!existsSync(`${DIR}/data/PG_VERSION`)) {
    asPostgres(`${bin}/initdb -D ${DIR}/data -U postgres --auth=trust --encoding=UTF8 --no-locale`);
  }
  const running = existsSync(`${DIR}/data/postmaster.pid`);
  if (!running) {
    // fsync off as in CI: the bench measures the application, not the disk it shares.
    asPostgres(
      `${bin}/pg_ctl -D ${DIR}/data -l ${DIR}/server.log -w start -o '-p ${PORT} -k ${DIR} ` +
        `-c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off ` +
        `-c shared_buffers=512MB -c max_wal_size=4GB'`,
    );
  }
  return {
    url: `postgres://postgres@127.0.0.1:${PORT}/postgres`,
    stop: () => {
      if (running) return; // someone else's server: leave it
      const pid = Number(readFileSync(`${DIR}/data/postmaster.pid`, 'utf8').split('\n')[0]);
      if (pid) process.kill(pid, 'SIGINT');
    },
  };
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

import { spawn } from 'node:child_process';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

// Backups of either database, as one file each:
// - PostgreSQL: pg_dump's custom format, restored with pg_restore into the same database
//   (objects dropped and recreated, in one transaction, so a failed restore changes nothing);
// - PGlite: a gzipped tarball of the data folder (PGlite's own dump, consistent because the
//   database is open and ours alone while it is taken); restore builds a new folder from it and
//   only then swaps it in, keeping the old one beside it.
// The app must be stopped for a PGlite backup or restore: PGlite is one process's database.

export type BackupTarget = { url: string } | { dataDir: string };

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) =>
      reject(
        new Error(
          `${command} could not start (is PostgreSQL's client installed?): ${error.message}`,
        ),
      ),
    );
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export async function backup(target: BackupTarget, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  if ('url' in target) {
    await run('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      '--file',
      file,
      target.url,
    ]);
    return;
  }
  if (!(await exists(target.dataDir)))
    throw new Error(`no PGlite data folder at ${target.dataDir}`);
  const db = await PGlite.create(target.dataDir);
  try {
    const dump = await db.dumpDataDir('gzip');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
}

export async function restore(target: BackupTarget, file: string): Promise<void> {
  if (!(await exists(file))) throw new Error(`no backup file at ${file}`);
  if ('url' in target) {
    await run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      '--dbname',
      target.url,
      file,
    ]);
    return;
  }
  const incoming = `${target.dataDir}.restoring`;
  await rm(incoming, { recursive: true, force: true });
  const tarball = new Blob([await readFile(file)]);
  const db = await PGlite.create({ dataDir: incoming, loadDataDir: tarball });
  await db.query('select 1');
  await db.close();
  if (await exists(target.dataDir)) {
    await rename(target.dataDir, `${target.dataDir}.before-restore-${Date.now()}`);
  }
  await rename(incoming, target.dataDir);
}

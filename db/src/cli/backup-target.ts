import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BackupTarget } from '../backup.js';

// Paths on the command line are read from where the user ran pnpm (INIT_CWD), not from db/.
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CALLER_DIR = process.env.INIT_CWD ?? process.cwd();

/** The database the app would open: DATABASE_URL, else the repository's PGlite data folder. */
export function backupTarget(): BackupTarget {
  const url = process.env.DATABASE_URL;
  if (url) return { url };
  return {
    dataDir: resolve(CALLER_DIR, process.env.SHUANGFANG_DATA_DIR ?? resolve(REPO_ROOT, 'data')),
  };
}

export function fileArgument(given: string | undefined): string | undefined {
  return given && resolve(CALLER_DIR, given);
}

export function defaultBackupFile(target: BackupTarget): string {
  const stamp = new Date().toISOString().replaceAll(':', '-').replace(/\..*/, '');
  const extension = 'url' in target ? 'dump' : 'tar.gz';
  return resolve(REPO_ROOT, 'backups', `shuangfang-${stamp}.${extension}`);
}

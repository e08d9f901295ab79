import { isMigrated, type Db } from '@shuangfang/db';
import { sql } from 'kysely';
import type { Ready } from './health.schemas.js';

export async function databaseReachable(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

/** Ready: the primary answers, its schema is the one this code knows, and no stop is under way. */
export async function readiness(db: Db, draining: boolean): Promise<Ready> {
  const database = await databaseReachable(db);
  const migrations = database && (await isMigrated(db));
  const ok = database && migrations && !draining;
  return { status: ok ? 'ready' : 'unavailable', database, migrations, draining };
}

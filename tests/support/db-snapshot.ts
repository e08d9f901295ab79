import type { Db } from '@shuangfang/db';
import { sql } from 'kysely';

/** Every application table (the migrator's own tables left out), so new tables are covered too. */
export async function tableNames(db: Db): Promise<string[]> {
  const { rows } = await sql<{
    table_name: string;
  }>`select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
    order by table_name`.execute(db);
  return rows.map((r) => r.table_name);
}

/**
 * Row count and a digest of the contents of every table: equal snapshots mean nothing was
 * inserted, deleted or updated in between.
 */
export async function snapshot(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of await tableNames(db)) {
    const { rows } = await sql<{ n: number; digest: string }>`select count(*)::int as n,
      md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
      from ${sql.table(table)} t`.execute(db);
    out[table] = `${rows[0]!.n} rows, ${rows[0]!.digest}`;
  }
  return out;
}

import type postgres from 'postgres';

// Secondary indexes cost more to maintain row by row than to build once: the loader drops those
// of the tables it fills (empty tables only) and builds them again after the load. Primary keys
// stay, since foreign keys hang on them. Building an index checks uniqueness again, so a
// duplicate the load let through still fails the run.

export interface IndexDef {
  name: string;
  table: string;
  def: string;
}

export async function dropSecondaryIndexes(sql: postgres.Sql, tables: string[]) {
  const defs = await sql<IndexDef[]>`
    select ic.relname as name, t.relname as "table", pg_get_indexdef(i.indexrelid) as def
    from pg_index i
    join pg_class ic on ic.oid = i.indexrelid
    join pg_class t on t.oid = i.indrelid
    join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
    where t.relname = any(${tables})
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
    order by t.relname, ic.relname`;
  for (const d of defs) await sql.unsafe(`drop index "${d.name}"`);
  return defs;
}

/** Builds the indexes on `connections` sessions at once, biggest tables first. */
export async function createIndexes(sql: postgres.Sql, defs: IndexDef[], connections: number) {
  const queue = [...defs];
  const worker = async () => {
    await sql.reserve().then(async (conn) => {
      try {
        await conn.unsafe(`set maintenance_work_mem = '256MB'`);
        for (let d = queue.shift(); d; d = queue.shift()) await conn.unsafe(d.def);
      } finally {
        conn.release();
      }
    });
  };
  await Promise.all(Array.from({ length: connections }, worker));
}

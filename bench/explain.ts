import type { Db } from '@shuangfang/db';
import { sql, type CompiledQuery } from 'kysely';

// EXPLAIN (ANALYZE) of a query the bench measures, summed up in one line: the indexes it used,
// whether it scanned a big table sequentially, rows returned and the time the database took.

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

export async function explainSummary(db: Db, query: CompiledQuery) {
  const text = `explain (analyze, buffers, format json) ${query.sql}`;
  const { rows } = await sql
    .raw<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }>(inline(text, query))
    .execute(db);
  const [root] = rows[0]!['QUERY PLAN'];
  const indexes = new Set<string>();
  const seqScans = new Set<string>();
  let maxRowsRead = 0;
  const walk = (n: PlanNode) => {
    if (n['Index Name']) indexes.add(n['Index Name']);
    if (n['Node Type'] === 'Seq Scan' && n['Relation Name']) seqScans.add(n['Relation Name']);
    if (n['Relation Name'])
      maxRowsRead = Math.max(maxRowsRead, (n['Actual Rows'] ?? 0) * (n['Actual Loops'] ?? 1));
    n.Plans?.forEach(walk);
  };
  walk(root.Plan);
  return {
    indexes: [...indexes],
    seqScans: [...seqScans],
    rows: root.Plan['Actual Rows'] ?? 0,
    maxRowsRead,
    ms: root['Execution Time'],
  };
}

/** Parameters written into the text: EXPLAIN takes no bind parameters through sql.raw. */
function inline(text: string, query: CompiledQuery) {
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const v = query.parameters[Number(n) - 1];
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'number') return String(v);
    const s = v instanceof Date ? v.toISOString() : String(v);
    return `'${s.replaceAll("'", "''")}'`;
  });
}

import type { Db } from '@shuangfang/db';
import { sql, type CompiledQuery } from 'kysely';

// EXPLAIN (ANALYZE, BUFFERS) of a query the bench measures, summed up in one line: the indexes it
// used, whether it scanned a big table sequentially, rows returned, the index entries read, the
// buffers touched and the time the database took.

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

const INDEX_NODES = new Set(['Index Scan', 'Index Only Scan', 'Bitmap Index Scan']);

export async function explainSummary(db: Db, query: CompiledQuery) {
  const text = `explain (analyze, buffers, format json) ${query.sql}`;
  const { rows } = await sql
    .raw<{
      'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }];
    }>(inline(text, query))
    .execute(db);
  const [root] = rows[0]!['QUERY PLAN'];
  const indexes = new Set<string>();
  const seqScans = new Set<string>();
  let maxRowsRead = 0;
  // Entries the hazard indexes handed up (kept or filtered out afterwards), over all loops.
  let hazardIndexTuples = 0;
  const walk = (n: PlanNode) => {
    if (n['Index Name']) indexes.add(n['Index Name']);
    if (n['Node Type'] === 'Seq Scan' && n['Relation Name']) seqScans.add(n['Relation Name']);
    const loops = n['Actual Loops'] ?? 1;
    const read = ((n['Actual Rows'] ?? 0) + (n['Rows Removed by Filter'] ?? 0)) * loops;
    if (n['Relation Name']) maxRowsRead = Math.max(maxRowsRead, (n['Actual Rows'] ?? 0) * loops);
    if (INDEX_NODES.has(n['Node Type']) && n['Relation Name'] === 'hazard')
      hazardIndexTuples += read;
    n.Plans?.forEach(walk);
  };
  walk(root.Plan);
  return {
    indexes: [...indexes],
    seqScans: [...seqScans],
    rows: root.Plan['Actual Rows'] ?? 0,
    maxRowsRead,
    hazardIndexTuples,
    buffers: (root.Plan['Shared Hit Blocks'] ?? 0) + (root.Plan['Shared Read Blocks'] ?? 0),
    ms: root['Execution Time'],
    planningMs: root['Planning Time'],
  };
}

export type PlanSummary = Awaited<ReturnType<typeof explainSummary>>;

/** One line for the bench's table. */
export const describePlan = (p: PlanSummary) =>
  `buffers ${p.buffers}, hazard index tuples ${p.hazardIndexTuples}, ${p.rows} rows; indexes ${p.indexes.join(', ') || 'none'}; seq scans ${p.seqScans.join(', ') || 'none'}; most read at one node ${p.maxRowsRead}; ${p.ms.toFixed(1)} ms (+ ${p.planningMs.toFixed(1)} ms planning)`;

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

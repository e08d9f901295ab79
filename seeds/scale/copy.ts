import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Db } from '@shuangfang/db';
import { sql } from 'kysely';
import type postgres from 'postgres';

// Bulk load. Rows are arrays in the order of their table's column list. On PostgreSQL each batch
// goes in with COPY (text format), all tables of a batch in one transaction, so a batch is whole
// or absent; on PGlite (small scales only) through multi-row INSERTs in one transaction.

export type Value = string | number | boolean | Date | null | object;
export type Row = Value[];
export interface Batch {
  table: string;
  columns: readonly string[];
  rows: Row[];
}

export interface Sink {
  /** Writes the batches in the order given (parents before children), in one transaction. */
  write(batches: Batch[]): Promise<void>;
}

/** COPY text format: \N for null, backslash escapes for the separators. */
function copyField(v: Value): string {
  if (v === null) return '\\N';
  const text =
    v instanceof Date
      ? v.toISOString()
      : typeof v === 'object'
        ? JSON.stringify(v)
        : typeof v === 'boolean'
          ? v
            ? 't'
            : 'f'
          : String(v);
  return /[\\\t\n\r]/.test(text)
    ? text
        .replaceAll('\\', '\\\\')
        .replaceAll('\t', '\\t')
        .replaceAll('\n', '\\n')
        .replaceAll('\r', '\\r')
    : text;
}

function* copyText(rows: Row[]): Generator<string> {
  const LINES = 2000;
  for (let i = 0; i < rows.length; i += LINES) yield toCopyText(rows.slice(i, i + LINES));
}

/** Rows as one COPY text block (what a worker thread hands to the loader). */
export function toCopyText(rows: Row[]): string {
  let text = '';
  for (const row of rows) text += row.map(copyField).join('\t') + '\n';
  return text;
}

export function copySink(client: postgres.Sql): Sink {
  return {
    async write(batches) {
      await client.begin(async (tx) => {
        for (const b of batches) {
          if (b.rows.length === 0) continue;
          const query = tx.unsafe(`copy ${b.table} (${b.columns.join(', ')}) from stdin`);
          const stream = await query.writable();
          // A refused row fails the query, not the stream: wait on both, or an error would hang.
          await Promise.all([pipeline(Readable.from(copyText(b.rows)), stream), query]);
        }
      });
    },
  };
}

export function insertSink(db: Db): Sink {
  return {
    async write(batches) {
      await db.transaction().execute(async (trx) => {
        for (const b of batches) {
          // Stay well under PostgreSQL's 65,535 parameters per statement.
          const per = Math.floor(30000 / b.columns.length);
          for (let i = 0; i < b.rows.length; i += per) {
            const values = b.rows
              .slice(i, i + per)
              .map(
                (row) =>
                  sql`(${sql.join(
                    row.map((v) =>
                      v !== null && typeof v === 'object' && !(v instanceof Date)
                        ? JSON.stringify(v)
                        : v,
                    ),
                  )})`,
              );
            await sql`insert into ${sql.table(b.table)} (${sql.join(b.columns.map((c) => sql.ref(c)))})
              values ${sql.join(values)}`.execute(trx);
          }
        }
      });
    },
  };
}

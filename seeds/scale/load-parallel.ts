import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import { hashPassword } from '@shuangfang/api';
import type postgres from 'postgres';
import { buildProvinceRows, type Rows } from './batch.js';
import { toCopyText } from './copy.js';
import { createIndexes, dropSecondaryIndexes } from './deferred-indexes.js';
import {
  emptyCounts,
  enterpriseCount,
  SCALE_PASSWORD,
  type Counts,
  type ScaleOptions,
} from './generate.js';
import { COLUMNS, TABLE_ORDER, type Table } from './tables.js';
import type { TextBatch, WorkerInput } from './worker.js';

// The fast path for PostgreSQL: worker threads build the enterprises' rows (the same builders and
// streams as generateScale, so the same data) while this thread COPYs the batches they finished.
// Secondary indexes are dropped before and built after; each COPY runs with
// session_replication_role = replica, which skips the foreign-key triggers (the rows are made
// consistent by construction; the smoke test checks it) — in this session only, superuser only.

export interface ParallelOptions extends ScaleOptions {
  /** Generator threads (default 2): each has its own COPY session. */
  workers?: number;
  log?: (line: string) => void;
}

async function copyBatch(sql: postgres.Sql, tables: { table: Table; text: string }[]) {
  await sql.begin(async (tx) => {
    await tx.unsafe('set local session_replication_role = replica');
    await tx.unsafe('set local synchronous_commit = off');
    for (const { table, text } of tables) {
      const query = tx.unsafe(`copy ${table} (${COLUMNS[table].join(', ')}) from stdin`);
      const stream = await query.writable();
      // A refused row fails the query, not the stream: wait on both, or an error would hang.
      await Promise.all([pipeline(Readable.from([text]), stream), query]);
    }
  });
}

const textOf = (rows: Rows) =>
  TABLE_ORDER.filter((t) => rows[t]?.length).map((t) => ({ table: t, text: toCopyText(rows[t]!) }));

/** Loads an empty (migrated) database; `sql` needs at least `workers` connections. */
export async function loadScaleParallel(sql: postgres.Sql, options: ParallelOptions) {
  const { seed, until } = options;
  const workers = options.workers ?? 2;
  const batchSize = options.batchSize ?? 100;
  const total = enterpriseCount(options.scale);
  const counts: Counts = emptyCounts();
  const timings: Record<string, number> = {};
  let started = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    timings[phase] = (now - started) / 1000;
    started = now;
  };

  const passwordHash = await hashPassword(SCALE_PASSWORD);
  const province = buildProvinceRows(seed, passwordHash);
  await copyBatch(sql, textOf(province.rows));
  for (const t of TABLE_ORDER) counts[t] += province.rows[t]?.length ?? 0;
  const deferred = await dropSecondaryIndexes(sql, [...TABLE_ORDER]);
  lap('province');

  let done = 0;
  let generating = 0;
  let copying = 0;
  const run = (index: number) =>
    new Promise<void>((resolve, reject) => {
      const input: WorkerInput = { seed, passwordHash, until, total, batchSize, index, workers };
      const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
        workerData: input,
      });
      let failed = false;
      const fail = (error: unknown) => {
        failed = true;
        void worker.terminate();
        reject(error);
      };
      worker.on('error', fail);
      worker.on('message', (message: TextBatch | 'done') => {
        if (message === 'done') return void worker.terminate().then(() => resolve());
        const t0 = performance.now();
        copyBatch(sql, message.tables).then(() => {
          if (failed) return;
          copying += (performance.now() - t0) / 1000;
          generating += message.busy;
          for (const t of message.tables) counts[t.table] += t.rows;
          done += message.enterprises;
          options.progress?.(done, total);
          worker.postMessage('ack');
        }, fail);
      });
    });
  try {
    await Promise.all(Array.from({ length: workers }, (_, i) => run(i)));
  } finally {
    lap('enterprises');
    timings['  generating (threads, summed)'] = generating;
    timings['  copying (sessions, summed)'] = copying;
    started = performance.now();
    await createIndexes(sql, deferred, workers);
    lap('indexes');
  }
  return { counts, timings, enterprises: total };
}

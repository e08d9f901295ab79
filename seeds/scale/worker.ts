import { parentPort, workerData } from 'node:worker_threads';
import { buildEnterpriseRange, buildProvinceRows } from './batch.js';
import { toCopyText } from './copy.js';
import { TABLE_ORDER, type Table } from './tables.js';

// One generator thread: builds every `workers`-th batch of enterprises and hands each over as COPY
// text per table. It builds the next batch while the loader writes the last one, and waits for
// that write's acknowledgement before handing over another, so memory stays at two batches.

export interface WorkerInput {
  seed: number;
  passwordHash: string;
  until: Date;
  total: number;
  batchSize: number;
  index: number;
  workers: number;
}

export interface TextBatch {
  tables: { table: Table; text: string; rows: number }[];
  enterprises: number;
  /** Seconds this thread spent building the batch. */
  busy: number;
}

const input = workerData as WorkerInput;
const port = parentPort!;
const province = buildProvinceRows(input.seed, input.passwordHash);
let acked: () => void = () => {};
port.on('message', () => acked());
let pending: Promise<void> | null = null;

const step = input.batchSize * input.workers;
for (let from = input.index * input.batchSize; from < input.total; from += step) {
  const started = performance.now();
  const to = Math.min(input.total, from + input.batchSize);
  const rows = buildEnterpriseRange(
    province,
    input.seed,
    input.passwordHash,
    input.until,
    from,
    to,
  );
  const batch: TextBatch = {
    tables: TABLE_ORDER.filter((t) => rows[t]?.length).map((t) => ({
      table: t,
      text: toCopyText(rows[t]!),
      rows: rows[t]!.length,
    })),
    enterprises: to - from,
    busy: (performance.now() - started) / 1000,
  };
  await pending;
  pending = new Promise((resolve) => (acked = resolve));
  port.postMessage(batch);
}
await pending;
port.postMessage('done');

import { hashPassword } from '@shuangfang/api';
import { buildEnterpriseRange, buildProvinceRows, type Rows } from './batch.js';
import type { Sink } from './copy.js';
import { COLUMNS, TABLE_ORDER, type Table } from './tables.js';

// The province, written in batches of enterprises: each batch carries every table's rows for its
// enterprises (parents first) and is written in one transaction. Every enterprise draws from its
// own stream (seed + index), so the data does not depend on the batch size. This is the one-thread
// path (PGlite, tests); `load-parallel.ts` builds the same rows in worker threads for PostgreSQL.

export const ENTERPRISES_AT_1X = 20_000;
export const SCALE_PASSWORD = 'Scale#2026';

export interface ScaleOptions {
  scale: number;
  seed: number;
  /** The end of the three years of history; a fixed date makes two runs equal. */
  until: Date;
  batchSize?: number;
  /** Called after each batch with the enterprises written so far. */
  progress?: (done: number, total: number) => void;
}

export type Counts = Record<Table, number>;

export const enterpriseCount = (scale: number) =>
  Math.max(1, Math.round(ENTERPRISES_AT_1X * scale));
export const emptyCounts = () => Object.fromEntries(TABLE_ORDER.map((t) => [t, 0])) as Counts;

export async function generateScale(sink: Sink, options: ScaleOptions) {
  const { seed, until } = options;
  const total = enterpriseCount(options.scale);
  const counts = emptyCounts();
  const timings: Record<string, number> = {};
  let started = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    timings[phase] = (now - started) / 1000;
    started = now;
  };

  const write = async (rows: Rows) => {
    const batches = TABLE_ORDER.filter((t) => rows[t]?.length).map((t) => {
      counts[t] += rows[t]!.length;
      return { table: t, columns: COLUMNS[t], rows: rows[t]! };
    });
    await sink.write(batches);
  };

  // One password for every generated account: argon2 once, not per user.
  const passwordHash = await hashPassword(SCALE_PASSWORD);
  const province = buildProvinceRows(seed, passwordHash);
  await write(province.rows);
  lap('province');

  const batchSize = options.batchSize ?? 250;
  for (let from = 0; from < total; from += batchSize) {
    const to = Math.min(total, from + batchSize);
    await write(buildEnterpriseRange(province, seed, passwordHash, until, from, to));
    options.progress?.(to, total);
  }
  lap('enterprises');
  return { counts, timings, enterprises: total };
}

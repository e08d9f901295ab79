import { hostname } from 'node:os';
import type { Db } from '@shuangfang/db';
import { sql } from 'kysely';
import { runSweeps, type Sweep } from './sweeps.js';

// The calendar sweeps run once per period (a minute by default) in the whole cluster, however
// many app processes there are, and on one process at a time:
// - every process looks every few seconds; the first to find the period not yet swept takes a
//   PostgreSQL advisory lock (session-level, on a connection it keeps for the run) and claims the
//   period's `sweep_run` row, then runs the sweeps on that connection;
// - the lock is held while the sweeps run, so two processes never run them at once; a process
//   that dies loses its connection and with it the lock, at once;
// - a claimed row without `finished_at` whose lock is free belongs to a runner that died or
//   failed mid-run: the next process to look runs that period again (`attempts` + 1);
// - the period is cut from the database's clock, so processes whose clocks differ agree on it.
// On PGlite (one process) the same code runs: the lock is always free and the connection is the
// only one.

/** The advisory lock's key: any constant no other code uses. */
const SWEEP_LOCK = 7_300_117_001;
/** Reads never wait for a sweep (sweeps.ts), so a start does not: its queries go first. */
const FIRST_LOOK_AFTER_MS = 5_000;
const MAX_LOOK_EVERY_MS = 5_000;

export interface SweepSchedule {
  /** Length of a period: the sweeps run once per period. */
  intervalMs: number;
  /** Names this process in `sweep_run.runner`. */
  runner?: string;
  /** What a run does (tests pass their own); by default every module's sweep. */
  sweep?: Sweep;
}

/**
 * One look: runs this period's sweeps unless they ran, or run, elsewhere. Answers whether this
 * call ran them.
 */
export async function sweepIfDue(db: Db, schedule: SweepSchedule): Promise<boolean> {
  const seconds = schedule.intervalMs / 1000;
  const slot = sql<Date>`to_timestamp(floor(extract(epoch from now())::float8 / ${seconds}::float8)
    * ${seconds}::float8)`;
  const done = await sql`select 1 from sweep_run
    where slot = ${slot} and finished_at is not null`.execute(db);
  if (done.rows.length > 0) return false;

  return db.connection().execute(async (conn) => {
    const { rows } = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_lock(${SWEEP_LOCK}::bigint) as locked`.execute(conn);
    if (!rows[0]?.locked) return false;
    try {
      const claimed = await sql<{ slot: Date }>`
        insert into sweep_run (slot, runner, started_at)
        values (${slot}, ${schedule.runner ?? runnerName()}, now())
        on conflict (slot) do update
          set runner = excluded.runner, started_at = excluded.started_at,
              attempts = sweep_run.attempts + 1
          where sweep_run.finished_at is null
        returning slot`.execute(conn);
      const row = claimed.rows[0];
      if (!row) return false;
      await (schedule.sweep ?? runSweeps)(conn, new Date());
      await sql`update sweep_run set finished_at = now() where slot = ${row.slot}`.execute(conn);
      return true;
    } finally {
      await sql`select pg_advisory_unlock(${SWEEP_LOCK}::bigint)`.execute(conn);
    }
  });
}

/** This process among the cluster's: host and process id. */
export const runnerName = () => `${hostname()}:${process.pid}`;

/**
 * Looks every few seconds until stopped; a failed run is logged and, within its period, run
 * again at the next look. The returned stop waits for a run in progress to end.
 */
export function startSweeps(db: Db, schedule: SweepSchedule): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const lookIn = (ms: number) => {
    timer = setTimeout(look, ms);
    timer.unref();
  };
  function look() {
    running = sweepIfDue(db, schedule)
      .catch((error: unknown) => console.error('定时任务失败 (sweeps failed)', error))
      .finally(() => {
        if (!stopped) lookIn(Math.min(MAX_LOOK_EVERY_MS, schedule.intervalMs / 4));
      });
  }
  lookIn(FIRST_LOOK_AFTER_MS);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}

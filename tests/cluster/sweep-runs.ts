import type { Sql } from 'postgres';

// The calendar sweeps over a cluster run, from their record (`sweep_run`, one row per period,
// api/src/sweep-schedule.ts): every period between the first and the last was run exactly once
// and finished, no two runs overlapped in time, and who ran them.

export interface SweepRun {
  slot: Date;
  runner: string;
  started_at: Date;
  finished_at: Date | null;
  attempts: number;
}

export async function sweepRunsBetween(sql: Sql, from: Date, to: Date): Promise<SweepRun[]> {
  return sql<SweepRun[]>`select slot, runner, started_at, finished_at, attempts from sweep_run
    where slot >= ${from} and slot <= ${to} order by slot`;
}

export function sweepProblems(runs: SweepRun[], intervalMs: number): string[] {
  const problems: string[] = [];
  if (runs.length < 2) problems.push(`only ${runs.length} sweep periods were run`);
  for (const [i, run] of runs.entries()) {
    if (!run.finished_at) problems.push(`the sweep of ${run.slot.toISOString()} did not finish`);
    const next = runs[i + 1];
    if (!next) continue;
    const gap = next.slot.getTime() - run.slot.getTime();
    if (gap !== intervalMs) {
      problems.push(`no sweep between ${run.slot.toISOString()} and ${next.slot.toISOString()}`);
    }
    if (run.finished_at && next.started_at < run.finished_at) {
      problems.push(`the sweeps of ${run.slot.toISOString()} and the next overlapped`);
    }
  }
  return problems;
}

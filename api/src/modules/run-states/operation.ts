import type { RunState } from '@shuangfang/db';

// Whether a risk unit or 重大危险源 is in operation at an instant, from its run-state periods
// (docs/domain-chemicals.md section 3). Pure, so check tasks, 包保 completion and the commitment
// read the same answer from the same history.

export interface Period {
  state: RunState;
  started_at: Date;
  ended_at: Date | null;
  prestart_required: boolean;
  prestart_passed_at: Date | null;
}

/** Stopped and 检修 suspend a subject's periodic checks. */
export const OUT_OF_OPERATION: readonly RunState[] = ['stopped', 'maintenance'];

export type Operation = 'operating' | 'stopped' | 'awaiting_prestart';

/**
 * The operation of a subject at `t`. A subject with no period then is not tracked and counts as
 * operating; back in running or trial from a stop, it awaits its 开车前检查 until one passes.
 */
export function operationAt(periods: readonly Period[], t: Date): Operation {
  const at = t.getTime();
  const period = periods.find(
    (p) =>
      new Date(p.started_at).getTime() <= at &&
      (p.ended_at === null || new Date(p.ended_at).getTime() > at),
  );
  if (!period) return 'operating';
  if (OUT_OF_OPERATION.includes(period.state)) return 'stopped';
  if (
    period.prestart_required &&
    (period.prestart_passed_at === null || new Date(period.prestart_passed_at).getTime() > at)
  ) {
    return 'awaiting_prestart';
  }
  return 'operating';
}

/** The operation of a unit covered by 重大危险源: stopped if it or any of them is. */
export function combinedOperationAt(subjects: readonly (readonly Period[])[], t: Date): Operation {
  let result: Operation = 'operating';
  for (const periods of subjects) {
    const op = operationAt(periods, t);
    if (op === 'stopped') return op;
    if (op === 'awaiting_prestart') result = op;
  }
  return result;
}

/** The instant a window is judged at: its last instant, or now while it is still open. */
export const judgedAt = (w: { end: Date }, now: Date) =>
  w.end > now ? now : new Date(w.end.getTime() - 1);

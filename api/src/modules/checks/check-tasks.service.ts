import type { z } from '@hono/zod-openapi';
import type { Db } from '@shuangfang/db';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { forbidden } from '../../lib/errors.js';
import { isManager } from '../hazards/hazards.access.js';
import type { Who } from '../../auth/actor.js';
import {
  chinaDate,
  dayRange,
  windowsBetween,
  type CheckCycle,
  type Window,
} from './check-windows.js';
import { taskDto, type TaskStatus } from './checks.dto.js';
import * as repo from './checks.repository.js';
import type { MeasureWithCycle } from './checks.repository.js';
import type { TasksQuery } from './checks.schemas.js';

// Check tasks are derived, not stored: the windows of each measure's cycle that overlap the day,
// each with the record made for it if any. So "due", "done" and "missed" are right at any moment.

export const cycleOf = (m: Pick<MeasureWithCycle, 'check_cycle_unit' | 'check_cycle_count'>) =>
  ({ unit: m.check_cycle_unit!, count: m.check_cycle_count! }) satisfies CheckCycle;

function statusOf(w: Window, recorded: boolean, now: Date): TaskStatus {
  if (recorded) return 'done';
  if (w.start > now) return 'upcoming';
  return w.end > now ? 'due' : 'missed';
}

/** The windows of a measure that overlap the range and count: none that ended before it existed. */
function windowsOf(m: MeasureWithCycle, range: Window): Window[] {
  const created = new Date(m.created_at);
  return windowsBetween(cycleOf(m), range.start, range.end).filter((w) => w.end > created);
}

/** Whose measures the caller reads: a worker's own (through positions); managers any scope. */
function assignedFilter(who: Who, scope: 'mine' | 'all' | undefined) {
  const resolved = scope ?? (isManager(who) ? 'all' : 'mine');
  if (resolved === 'all' && !isManager(who)) {
    throw forbidden('只有企业主要负责人或安全管理员可以查看全企业的排查任务');
  }
  return { scope: resolved, assignedTo: resolved === 'mine' ? who.userId : undefined };
}

export async function tasks(
  db: Db,
  who: Who,
  enterpriseId: string,
  q: z.infer<typeof TasksQuery>,
  now = new Date(),
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const { scope, assignedTo } = assignedFilter(who, q.scope);
  const date = q.date ?? chinaDate(now);
  const day = dayRange(date);
  const measures = await repo.measuresWithCycle(db, enterprise.id, { assignedTo });
  const perMeasure = measures.map((m) => ({ m, windows: windowsOf(m, day) }));
  const earliest = Math.min(...perMeasure.flatMap((p) => p.windows.map((w) => w.start.getTime())));
  const records = Number.isFinite(earliest)
    ? await repo.recordsInRange(
        db,
        enterprise.id,
        measures.map((m) => m.id),
        new Date(earliest),
        day.end,
      )
    : [];
  const byKey = new Map(
    records.map((r) => [`${r.measure_id}|${new Date(r.window_start).getTime()}`, r]),
  );
  const items = perMeasure.flatMap(({ m, windows }) =>
    windows.map((w) => {
      const record = byKey.get(`${m.id}|${w.start.getTime()}`);
      return taskDto(m, w, statusOf(w, record !== undefined, now), record);
    }),
  );
  const summary = { due: 0, done: 0, missed: 0, upcoming: 0 };
  for (const item of items) summary[item.status] += 1;
  return { date, scope, items, summary };
}

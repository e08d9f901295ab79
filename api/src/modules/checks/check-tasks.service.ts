import type { z } from '@hono/zod-openapi';
import type { Db } from '@shuangfang/db';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { forbidden } from '../../lib/errors.js';
import { isManager } from '../hazards/hazards.access.js';
import type { Who } from '../../auth/actor.js';
import { settingsAt } from '../jurisdictions/jurisdictions.service.js';
import { custodyWindowsBetween } from '../major-hazards/custody-windows.js';
import * as hazards from '../major-hazards/major-hazards.repository.js';
import { judgedAt, type Operation } from '../run-states/operation.js';
import { loadOperation } from '../run-states/operation-context.js';
import { mayRecordPrestart } from '../run-states/run-states.access.js';
import { prestartPeriods } from '../run-states/run-states.repository.js';
import { mineOf } from '../run-states/run-states.service.js';
import {
  chinaDate,
  dayRange,
  windowsBetween,
  type CheckCycle,
  type Window,
} from './check-windows.js';
import {
  custodyTaskDto,
  prestartTaskDto,
  taskDto,
  type TaskAction,
  type TaskStatus,
} from './checks.dto.js';
import * as repo from './checks.repository.js';
import type { MeasureWithCycle } from './checks.repository.js';
import type { TasksQuery } from './checks.schemas.js';

// Check tasks are derived, not stored: the windows of each measure's cycle that overlap the day,
// each with the record made for it if any. So "due", "done" and "missed" are right at any moment.
// The same holds for the 包保 windows of 重大危险源 and for 开车前检查 (docs/domain-chemicals.md
// section 3): a window whose subject is stopped, in 检修 or awaiting its 开车前检查 at the instant
// it is judged is "suspended", not missed — read from the run-state history.

const DAY = 86_400_000;
/** How far back a missed window may still be recorded. */
export const LATE_DAYS = 7;

export const cycleOf = (m: Pick<MeasureWithCycle, 'check_cycle_unit' | 'check_cycle_count'>) =>
  ({ unit: m.check_cycle_unit!, count: m.check_cycle_count! }) satisfies CheckCycle;

export function statusOf(
  w: Window,
  recorded: boolean,
  now: Date,
  operationAt: (t: Date) => Operation = () => 'operating',
): TaskStatus {
  if (recorded) return 'done';
  if (w.start > now) return 'upcoming';
  if (operationAt(judgedAt(w, now)) !== 'operating') return 'suspended';
  return w.end > now ? 'due' : 'missed';
}

/** A window that may still be recorded: the current one, or one missed in the last 7 days. */
export const recordable = (w: Window, status: TaskStatus, now: Date) =>
  status === 'due' || (status === 'missed' && w.end.getTime() >= now.getTime() - LATE_DAYS * DAY);

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

const byWindow = (id: string, start: Date | string) => `${id}|${new Date(start).getTime()}`;

async function measureTasks(
  db: Db,
  enterpriseId: string,
  assignedTo: string | undefined,
  day: Window,
  now: Date,
) {
  const measures = await repo.measuresWithCycle(db, enterpriseId, { assignedTo });
  const perMeasure = measures.map((m) => ({ m, windows: windowsOf(m, day) }));
  const earliest = Math.min(...perMeasure.flatMap((p) => p.windows.map((w) => w.start.getTime())));
  if (!Number.isFinite(earliest)) return [];
  const range = { start: new Date(earliest), end: day.end };
  const [records, op] = await Promise.all([
    repo.recordsInRange(
      db,
      enterpriseId,
      measures.map((m) => m.id),
      range.start,
      range.end,
    ),
    loadOperation(db, enterpriseId, range),
  ]);
  const recorded = new Map(records.map((r) => [byWindow(r.measure_id!, r.window_start), r]));
  return perMeasure.flatMap(({ m, windows }) =>
    windows.map((w) => {
      const record = recorded.get(byWindow(m.id, w.start));
      const status = statusOf(w, record !== undefined, now, (t) =>
        op.unit(m.unit_id, m.object_id, t),
      );
      const actions: TaskAction[] = recordable(w, status, now) ? ['record'] : [];
      return taskDto(m, w, status, record, actions);
    }),
  );
}

async function custodyTasks(
  db: Db,
  who: Who,
  enterprise: { id: string; jurisdiction_code: string },
  mineOnly: boolean,
  day: Window,
  now: Date,
) {
  const custodians = (await hazards.currentCustodians(db, enterprise.id)).filter(
    (c) => !mineOnly || c.user_id === who.userId,
  );
  if (custodians.length === 0) return [];
  const [settings, rows] = await Promise.all([
    settingsAt(db, enterprise.jurisdiction_code),
    hazards.listMajorHazards(db, enterprise.id),
  ]);
  const perCustodian = custodians.map((c) => ({
    c,
    windows: custodyWindowsBetween(c.role, settings, day.start, day.end).filter(
      (w) => w.end > new Date(c.assigned_at),
    ),
  }));
  const earliest = Math.min(
    ...perCustodian.flatMap((p) => p.windows.map((w) => w.start.getTime())),
  );
  if (!Number.isFinite(earliest)) return [];
  const range = { start: new Date(earliest), end: day.end };
  const ids = [...new Set(custodians.map((c) => c.major_hazard_id))];
  const [records, op] = await Promise.all([
    repo.custodyRecordsInRange(db, enterprise.id, ids, range.start, range.end),
    loadOperation(db, enterprise.id, range),
  ]);
  const key = (h: string, role: string, s: Date | string, e: Date | string) =>
    `${h}|${role}|${new Date(s).getTime()}|${new Date(e).getTime()}`;
  const recorded = new Map(
    records.map((r) => [key(r.major_hazard_id!, r.custody_role!, r.window_start, r.window_end), r]),
  );
  return perCustodian.flatMap(({ c, windows }) => {
    const h = rows.find((x) => x.id === c.major_hazard_id);
    if (!h) return [];
    return windows.map((w) => {
      const record = recorded.get(key(h.id, c.role, w.start, w.end));
      const status = statusOf(w, record !== undefined, now, (t) => op.majorHazard(h.id, t));
      const actions: TaskAction[] =
        c.user_id === who.userId && recordable(w, status, now) ? ['record'] : [];
      const hazard = { id: h.id, code: h.code, name: h.name, level: h.level };
      return custodyTaskDto(hazard, c, w, status, record, actions);
    });
  });
}

async function prestartTasks(
  db: Db,
  who: Who,
  enterpriseId: string,
  mineOnly: boolean,
  day: Window,
) {
  const periods = await prestartPeriods(db, enterpriseId, day.start, day.end);
  if (periods.length === 0) return [];
  const mine = await mineOf(db, who, enterpriseId);
  const subject = (p: (typeof periods)[number]) => ({
    unitId: p.unit_id,
    majorHazardId: p.major_hazard_id,
  });
  const shown = periods.filter(
    (p) =>
      !mineOnly ||
      (p.unit_id ? mine.units.has(p.unit_id) : mine.majorHazards.has(p.major_hazard_id!)),
  );
  const records = await repo.prestartRecords(
    db,
    enterpriseId,
    shown.map((p) => p.id),
  );
  return shown.map((p) => {
    const actions: TaskAction[] =
      !p.prestart_passed_at && mayRecordPrestart(who, subject(p), mine) ? ['record'] : [];
    return prestartTaskDto(
      p,
      records.filter((r) => r.run_state_id === p.id),
      actions,
    );
  });
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
  const mineOnly = scope === 'mine';
  const [preStart, items, custody] = await Promise.all([
    prestartTasks(db, who, enterprise.id, mineOnly, day),
    measureTasks(db, enterprise.id, assignedTo, day, now),
    custodyTasks(db, who, enterprise, mineOnly, day, now),
  ]);
  const summary = { due: 0, done: 0, missed: 0, upcoming: 0, suspended: 0 };
  for (const task of [...preStart, ...items, ...custody]) summary[task.status] += 1;
  return { date, scope, items, custody, preStart, summary };
}

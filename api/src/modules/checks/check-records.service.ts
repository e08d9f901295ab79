import type { Who } from '../../auth/actor.js';
import type { z } from '@hono/zod-openapi';
import type { Db, HazardCategory, MeasureCategory } from '@shuangfang/db';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { chinaDateTime } from '../../lib/china-time.js';
import { deviceTime } from '../../lib/device-time.js';
import {
  AppError,
  conflict,
  forbidden,
  invalid,
  isUniqueViolation,
  notFound,
} from '../../lib/errors.js';
import { fingerprintOf, idempotent } from '../idempotency/idempotency.service.js';
import { decodeTimeCursor, toPage } from '../../lib/pagination.js';
import { isManager } from '../hazards/hazards.access.js';
import { registerIn } from '../hazards/hazards.service.js';
import { proposedCriterion } from './check-criterion.js';
import { requireUploads } from '../uploads/uploads.service.js';
import { loadOperation } from '../run-states/operation-context.js';
import { judgedAt } from '../run-states/operation.js';
import { cycleOf, LATE_DAYS } from './check-tasks.service.js';
import { dayRange, windowAt, type Window } from './check-windows.js';
import { recordDto } from './checks.dto.js';
import * as repo from './checks.repository.js';
import type { RecordBody, RecordsQuery } from './checks.schemas.js';

type CheckRecordDto = ReturnType<typeof recordDto>;

const DAY = 86_400_000;

/** The hazard category a failed measure suggests; the safety manager may refine it at triage. */
const CATEGORY: Record<MeasureCategory, HazardCategory> = {
  工程技术: '物的不安全状态',
  维护保养: '物的不安全状态',
  个体防护: '人的不安全行为',
  操作行为: '人的不安全行为',
  管理: '管理缺陷',
  培训教育: '管理缺陷',
  应急处置: '管理缺陷',
};

/**
 * The window a record is for: the one named, else the one the check was made in (an offline
 * record's device time), which must be the current one or a missed one of the last 7 days.
 */
function windowFor(
  m: repo.MeasureWithCycle,
  requested: string | undefined,
  made: Date,
  now: Date,
): Window {
  const cycle = cycleOf(m);
  const current = windowAt(cycle, now);
  let w = windowAt(cycle, made);
  if (requested !== undefined) {
    const start = new Date(requested);
    w = windowAt(cycle, start);
    if (w.start.getTime() !== start.getTime()) {
      throw invalid('windowStart', '不是该管控措施排查周期的起点');
    }
  }
  if (w.start > current.start) throw invalid('windowStart', '不能记录尚未开始的周期');
  if (made < w.start) throw invalid('recordedAt', '早于所记录排查周期的起点');
  if (w.start < current.start) {
    if (w.end <= new Date(m.created_at)) throw invalid('windowStart', '该周期早于管控措施的建立');
    if (w.end.getTime() < now.getTime() - LATE_DAYS * DAY) {
      throw invalid('windowStart', `只能补录最近 ${LATE_DAYS} 天内漏检的周期`);
    }
  }
  return w;
}

/**
 * Refuses a window whose unit was stopped, in 检修 or awaiting its 开车前检查 when it is judged
 * (docs/domain-chemicals.md section 3): such a task is suspended, and the 开车前检查 comes first.
 */
export async function requireOperating(
  db: Db,
  enterpriseId: string,
  w: Window,
  now: Date,
  operationOf: (op: Awaited<ReturnType<typeof loadOperation>>, t: Date) => string,
) {
  const op = operationOf(await loadOperation(db, enterpriseId, w), judgedAt(w, now));
  if (op === 'awaiting_prestart') throw conflict('须先完成开车前检查，才能进行周期性排查');
  if (op === 'stopped') throw conflict('停车或检修期间，周期性排查任务暂停');
}

const RESULT_NAMES = { ok: '正常', not_ok: '异常' } as const;

/** The window is taken: say by whom and when (China time), so the worker's queue can show it. */
function alreadyRecorded(r: repo.CheckRecordWithName, who: Who) {
  const by = r.recorded_by === who.userId ? '您本人' : r.recorded_by_name;
  const when = chinaDateTime(r.device_recorded_at ?? r.recorded_at);
  const message = `该管控措施 ${chinaDateTime(r.window_start)} 起的排查周期已由${by}于 ${when} 记录为「${RESULT_NAMES[r.result]}」，不能重复记录`;
  return new AppError(409, 'ALREADY_RECORDED', message, [{ path: 'windowStart', message }]);
}

/** The measure the caller may record: any current one for managers, assigned ones for workers. */
async function recordableMeasure(db: Db, who: Who, enterpriseId: string, measureId: string) {
  const [measure] = await repo.measuresWithCycle(db, enterpriseId, { measureId });
  if (!measure) throw notFound('管控措施（或其排查周期）');
  if (!isManager(who)) {
    const [mine] = await repo.measuresWithCycle(db, enterpriseId, {
      measureId,
      assignedTo: who.userId,
    });
    if (!mine) throw forbidden('只能记录分配给本人岗位的管控措施');
  }
  return measure;
}

/**
 * Records one check. "Not ok" opens a hazard (source 管控措施失效, linked to the measure, its
 * unit and object, the photos on its registration) through the hazards' own creation path, in
 * the same transaction: the record and its hazard exist together or not at all. An offline
 * record is judged when it arrives: its device time picks the window, a window closed by then
 * makes it late, and a window someone else has recorded meanwhile is a 409 naming them.
 */
export async function record(
  db: Db,
  who: Who,
  enterpriseId: string,
  body: z.infer<typeof RecordBody>,
  idempotencyKey?: string,
  now = new Date(),
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const idempotency = {
    enterpriseId: enterprise.id,
    userId: who.userId,
    key: idempotencyKey,
    fingerprint: fingerprintOf('POST /enterprises/{enterpriseId}/check-records', body),
  };
  return idempotent<CheckRecordDto>(db, idempotency, 201, async (remember) => {
    const m = await recordableMeasure(db, who, enterprise.id, body.measureId);
    const made = deviceTime('recordedAt', body.recordedAt, now);
    const w = windowFor(m, body.windowStart, made, now);
    if (body.result === 'not_ok' && !body.note && body.attachments.length === 0) {
      throw invalid('note', '排查异常时须填写说明或上传照片');
    }
    await requireUploads(db, enterprise.id, body.attachments, 'attachments');
    await requireOperating(db, enterprise.id, w, now, (op, t) =>
      op.unit(m.unit_id, m.object_id, t),
    );
    const taken = await repo.findRecord(db, enterprise.id, m.id, w.start);
    if (taken) throw alreadyRecorded(taken, who);
    const criterionItemId = await proposedCriterion(db, enterprise.id, m, body);
    try {
      return await db.transaction().execute(async (trx) => {
        const hazardId =
          body.result === 'not_ok'
            ? await registerIn(trx, who, enterprise, '管控措施失效', {
                kind: '安全',
                category: CATEGORY[m.category],
                description: (body.note ?? `排查发现管控措施失效：${m.check_content}`).slice(
                  0,
                  2000,
                ),
                location: null,
                riskObjectId: m.object_id,
                riskUnitId: m.unit_id,
                controlMeasureId: m.id,
                attachments: body.attachments,
                recordedAt: body.recordedAt,
                criterionItemId,
              })
            : null;
        await repo.insertRecord(trx, {
          enterprise_id: enterprise.id,
          measure_id: m.id,
          window_start: w.start,
          window_end: w.end,
          result: body.result,
          note: body.note ?? null,
          attachments: body.attachments,
          hazard_id: hazardId,
          recorded_by: who.userId,
          device_recorded_at: body.recordedAt === undefined ? null : made,
          late: w.end.getTime() <= now.getTime(),
        });
        const row = await repo.findRecord(trx, enterprise.id, m.id, w.start);
        if (!row) throw new Error('check record not found after insert');
        const dto = recordDto(row);
        await remember(trx, dto);
        return dto;
      });
    } catch (error) {
      // Someone recorded the window between the check above and this insert.
      const winner = isUniqueViolation(error)
        ? await repo.findRecord(db, enterprise.id, m.id, w.start)
        : undefined;
      if (winner) throw alreadyRecorded(winner, who);
      throw error;
    }
  });
}

export async function history(
  db: Db,
  who: Who,
  enterpriseId: string,
  q: z.infer<typeof RecordsQuery>,
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  // A worker reads the records of the measures assigned to them and their own; the others all.
  const visibleTo =
    who.role === 'worker'
      ? {
          userId: who.userId,
          measureIds: (
            await repo.measuresWithCycle(db, enterprise.id, { assignedTo: who.userId })
          ).map((m) => m.id),
        }
      : undefined;
  const rows = await repo.listRecords(
    db,
    enterprise.id,
    {
      kind: q.kind,
      visibleTo,
      measureIds: q.measureId ? [q.measureId] : undefined,
      result: q.result,
      from: q.from ? dayRange(q.from).start : undefined,
      to: q.to ? dayRange(q.to).end : undefined,
    },
    q.limit,
    decodeTimeCursor(q.cursor),
  );
  const page = toPage(rows, q.limit, (r) => [new Date(r.recorded_at).toISOString(), r.id]);
  return { items: page.items.map(recordDto), nextCursor: page.nextCursor };
}

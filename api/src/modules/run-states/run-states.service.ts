import type { z } from '@hono/zod-openapi';
import type { Db, RunState } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { conflict, forbidden, invalid } from '../../lib/errors.js';
import { RUN_STATE_LABELS } from '../../lib/chemical-labels.js';
import { decodeTimeCursor, toPage } from '../../lib/pagination.js';
import * as hazards from '../major-hazards/major-hazards.repository.js';
import { OUT_OF_OPERATION } from './operation.js';
import { mayRecordPrestart, maySetState } from './run-states.access.js';
import { periodDto } from './run-states.dto.js';
import * as repo from './run-states.repository.js';
import type { HistoryQuery, SetRunStateBody } from './run-states.schemas.js';

// 装置/设施运行状态 (docs/domain-chemicals.md section 3): each change ends the subject's current
// period and opens the next, so the history is complete and the check rules can be judged at
// any past instant.

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How far back a state change may be recorded. */
const BACKDATE_DAYS = 30;

/** What the caller answers for: the units of their positions and the 重大危险源 they hold. */
export async function mineOf(db: Db, who: Who, enterpriseId: string) {
  const [units, custodians] = await Promise.all([
    repo.unitsOfWorker(db, enterpriseId, who.userId),
    hazards.currentCustodians(db, enterpriseId),
  ]);
  const majorHazards = new Set(
    custodians.filter((c) => c.user_id === who.userId).map((c) => c.major_hazard_id),
  );
  return { units, majorHazards };
}

export async function overview(db: Db, who: Who, enterpriseId: string) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const [units, majorHazards, covered, current, mine] = await Promise.all([
    repo.currentUnits(db, enterprise.id),
    hazards.listMajorHazards(db, enterprise.id),
    hazards.coverage(db, enterprise.id),
    repo.currentPeriods(db, enterprise.id),
    mineOf(db, who, enterprise.id),
  ]);
  const ofUnit = new Map(current.filter((p) => p.unit_id).map((p) => [p.unit_id!, p]));
  const ofHazard = new Map(
    current.filter((p) => p.major_hazard_id).map((p) => [p.major_hazard_id!, p]),
  );
  const actions = (
    p: repo.PeriodRow | undefined,
    subject: { unitId: string | null; majorHazardId: string | null },
  ) => {
    const out: ('set_state' | 'record_prestart')[] = [];
    if (maySetState(who)) out.push('set_state');
    if (
      p &&
      p.prestart_required &&
      !p.prestart_passed_at &&
      mayRecordPrestart(who, subject, mine)
    ) {
      out.push('record_prestart');
    }
    return out;
  };
  const counts = {
    running: 0,
    stopped: 0,
    maintenance: 0,
    trial: 0,
    awaitingPrestart: 0,
    untracked: 0,
  };
  for (const u of units) {
    const p = ofUnit.get(u.id);
    if (!p) counts.untracked += 1;
    else {
      counts[p.state] += 1;
      if (p.prestart_required && !p.prestart_passed_at) counts.awaitingPrestart += 1;
    }
  }
  return {
    units: units.map((u) => ({
      id: u.id,
      name: u.name,
      objectId: u.object_id,
      objectName: u.object_name,
      majorHazards: majorHazards
        .filter((h) =>
          covered.some((c) => c.major_hazard_id === h.id && c.risk_object_id === u.object_id),
        )
        .map((h) => ({ id: h.id, code: h.code, name: h.name })),
      current: ofUnit.has(u.id) ? periodDto(ofUnit.get(u.id)!) : null,
      actions: actions(ofUnit.get(u.id), { unitId: u.id, majorHazardId: null }),
    })),
    majorHazards: majorHazards.map((h) => ({
      id: h.id,
      code: h.code,
      name: h.name,
      current: ofHazard.has(h.id) ? periodDto(ofHazard.get(h.id)!) : null,
      actions: actions(ofHazard.get(h.id), { unitId: null, majorHazardId: h.id }),
    })),
    unitCounts: counts,
  };
}

/** Does a move into `next` from `current` need a 开车前检查 first? */
export function needsPrestart(
  current:
    { state: RunState; prestart_required: boolean; prestart_passed_at: Date | null } | undefined,
  next: RunState,
) {
  if (!current || OUT_OF_OPERATION.includes(next)) return false;
  // Back from a stop, or still owing the check of the last start (running ↔ trial keeps it owed).
  return (
    OUT_OF_OPERATION.includes(current.state) ||
    (current.prestart_required && current.prestart_passed_at === null)
  );
}

export async function setState(
  db: Db,
  who: Who,
  enterpriseId: string,
  body: z.infer<typeof SetRunStateBody>,
  now = new Date(),
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  if (!maySetState(who)) throw forbidden('只有企业主要负责人或安全管理员可以变更运行状态');
  if ((body.unitId === undefined) === (body.majorHazardId === undefined)) {
    throw invalid('unitId', '须指定风险分析单元或重大危险源之一');
  }
  if (body.unitId && !(await repo.findUnit(db, enterprise.id, body.unitId))) {
    throw invalid('unitId', '风险分析单元不存在或已归档');
  }
  if (body.majorHazardId) {
    const h = await hazards.findMajorHazard(db, enterprise.id, body.majorHazardId);
    if (!h || h.archived_at) throw invalid('majorHazardId', '重大危险源不存在或已归档');
  }
  const startedAt = body.startedAt ? new Date(body.startedAt) : now;
  if (startedAt.getTime() > now.getTime() + MINUTE) {
    throw invalid('startedAt', '不能晚于当前时间');
  }
  if (startedAt.getTime() < now.getTime() - BACKDATE_DAYS * DAY) {
    throw invalid('startedAt', `只能补记 ${BACKDATE_DAYS} 天内的状态变更`);
  }
  const plannedEndAt = body.plannedEndAt ? new Date(body.plannedEndAt) : null;
  if (plannedEndAt && plannedEndAt <= startedAt) {
    throw invalid('plannedEndAt', '须晚于状态开始时间');
  }
  const subject = body.unitId ? { unitId: body.unitId } : { majorHazardId: body.majorHazardId! };
  const id = await db.transaction().execute(async (trx) => {
    const current = await repo.lockCurrent(trx, enterprise.id, subject);
    if (current?.state === body.state) {
      throw conflict(`当前已处于「${RUN_STATE_LABELS[body.state]}」状态`);
    }
    if (current && startedAt < new Date(current.started_at)) {
      throw invalid('startedAt', '不能早于当前状态的开始时间');
    }
    if (current) await repo.endPeriod(trx, enterprise.id, current.id, startedAt);
    return repo.insertPeriod(trx, {
      enterprise_id: enterprise.id,
      unit_id: body.unitId ?? null,
      major_hazard_id: body.majorHazardId ?? null,
      state: body.state,
      reason: body.reason,
      started_at: startedAt,
      planned_end_at: plannedEndAt,
      ended_at: null,
      prestart_required: needsPrestart(current, body.state),
      prestart_passed_at: null,
      set_by: who.userId,
    });
  });
  return periodDto((await repo.findPeriod(db, enterprise.id, id))!);
}

export async function history(
  db: Db,
  who: Who,
  enterpriseId: string,
  q: z.infer<typeof HistoryQuery>,
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const rows = await repo.history(
    db,
    enterprise.id,
    { unitId: q.unitId, majorHazardId: q.majorHazardId },
    q.limit,
    decodeTimeCursor(q.cursor),
  );
  const page = toPage(rows, q.limit, (p) => [new Date(p.started_at).toISOString(), p.id]);
  return { items: page.items.map(periodDto), nextCursor: page.nextCursor };
}

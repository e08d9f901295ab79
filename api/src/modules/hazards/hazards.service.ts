import type { z } from '@hono/zod-openapi';
import type { CriteriaLinkOrigin, Db, Executor, HazardSource } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { deviceTime } from '../../lib/device-time.js';
import { invalid, notFound } from '../../lib/errors.js';
import { fingerprintOf, idempotent } from '../idempotency/idempotency.service.js';
import { decodeTimeCursor, toPage } from '../../lib/pagination.js';
import { flagRepeatFailure } from '../checks/repeat-failures.js';
import { draftEventReport } from '../reports/report-drafts.js';
import { placeOf, requireLinkable } from '../criteria/criteria-link.js';
import { hazardAssigned } from '../notifications/notification-events.js';
import { emit } from '../notifications/outbox.js';
import { requireUploads } from '../uploads/uploads.service.js';
import { ChainChecker } from './hazard-chain.js';
import * as events from './hazard-events.repository.js';
import { hazardActions, hazardListActions, mayRead } from './hazards.access.js';
import { eventDto, extensionDto, hazardDto } from './hazards.dto.js';
import { supervisionOf } from '../supervision/hazard-supervision.js';
import * as repo from './hazards.repository.js';
import type { HazardBody, ListQuery } from './hazards.schemas.js';

/** One hazard with its log, extensions and 挂牌督办, and what `who` may do with it now. */
export async function detail(db: Executor, who: Who, enterpriseId: string, id: string) {
  const [hazard, eventRows, extensions, supervision] = await Promise.all([
    repo.findHazard(db, enterpriseId, id),
    events.listHazardEvents(db, enterpriseId, id),
    repo.listExtensions(db, enterpriseId, id),
    supervisionOf(db, enterpriseId, id),
  ]);
  if (!hazard) throw notFound('隐患');
  const actions = hazardActions(who, {
    ...hazard,
    pendingExtension: extensions.some((x) => x.state === 'pending'),
    supervisingAgencyId: supervision?.state === 'listed' ? supervision.agency.id : null,
    listingAgencyId: supervision?.agency.id ?? null,
  });
  return {
    ...hazardDto(hazard),
    events: eventRows.map(eventDto),
    extensions: extensions.map(extensionDto),
    supervision,
    actions,
  };
}

export async function getOne(db: Db, who: Who, enterpriseId: string, id: string) {
  await requireEnterpriseInScope(db, who, enterpriseId);
  const hazard = await repo.findHazard(db, enterpriseId, id);
  if (!hazard || !mayRead(who, hazard)) throw notFound('隐患');
  return detail(db, who, enterpriseId, id);
}

export async function list(db: Db, who: Who, enterpriseId: string, q: z.infer<typeof ListQuery>) {
  await requireEnterpriseInScope(db, who, enterpriseId);
  const rows = await repo.listHazards(
    db,
    enterpriseId,
    {
      state: q.state,
      grade: q.grade,
      source: q.source,
      overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
      involving: who.role === 'worker' ? who.userId : undefined,
    },
    q.limit,
    decodeTimeCursor(q.cursor),
  );
  const page = toPage(rows, q.limit, (h) => [new Date(h.created_at).toISOString(), h.id]);
  return {
    items: page.items.map(hazardDto),
    nextCursor: page.nextCursor,
    actions: hazardListActions(who),
  };
}

type Body = z.infer<typeof HazardBody>;

/** The source a registration gets: fixed for workers and regulators, chosen by managers. */
function sourceOf(who: Who, body: Body): HazardSource {
  if (who.agencyId !== null) {
    if (body.source && body.source !== '监管检查') {
      throw invalid('source', '监管部门登记的隐患，来源只能是「监管检查」');
    }
    return '监管检查';
  }
  if (who.role === 'worker') {
    if (body.source && body.source !== '员工随手拍') {
      throw invalid('source', '岗位员工上报的隐患，来源只能是「员工随手拍」');
    }
    return '员工随手拍';
  }
  if (!body.source) throw invalid('source', '请选择隐患来源');
  if (body.source === '监管检查' || body.source === '举报') {
    throw invalid(
      'source',
      '「监管检查」由监管部门登记，「举报」由举报核实后生成，企业不能自行选择',
    );
  }
  return body.source;
}

/** The register rows named by the body, each checked to be a current row of this enterprise. */
async function locationOf(db: Executor, enterpriseId: string, body: Body) {
  let objectId = body.riskObjectId ?? null;
  if (objectId) {
    const object = await repo.findRiskObject(db, enterpriseId, objectId);
    if (!object) throw invalid('riskObjectId', '风险分析对象不存在或不属于本企业');
    if (object.archived_at) throw invalid('riskObjectId', '风险分析对象已归档');
  }
  const unitId = body.riskUnitId ?? null;
  if (unitId) {
    const unit = await repo.findRiskUnit(db, enterpriseId, unitId);
    if (!unit) throw invalid('riskUnitId', '风险分析单元不存在或不属于本企业');
    if (unit.archived_at) throw invalid('riskUnitId', '风险分析单元已归档');
    if (objectId && unit.object_id !== objectId) {
      throw invalid('riskUnitId', '该风险分析单元不属于所选的风险分析对象');
    }
    objectId = unit.object_id;
  }
  const measureId = body.controlMeasureId ?? null;
  if (measureId) {
    const measure = await repo.findControlMeasure(db, enterpriseId, measureId);
    if (!measure) throw invalid('controlMeasureId', '管控措施不存在或不属于本企业');
    if (measure.archived_at) throw invalid('controlMeasureId', '管控措施已归档');
  }
  return { objectId, unitId, measureId };
}

/** Where a registration's link to a 判定 item comes from, by the hazard's source. */
const LINK_ORIGIN: Partial<Record<HazardSource, CriteriaLinkOrigin>> = {
  管控措施失效: 'check_record',
  监管检查: 'inspection',
  举报: 'tipoff',
};

/**
 * Registers a hazard. Enterprise people report it for triage (`reported`); a regulator's finding
 * goes straight to `rectifying` with the regulator's grade and deadline, and only that regulator
 * accepts it later.
 */
export async function register(
  db: Db,
  who: Who,
  enterpriseId: string,
  body: Body,
  idempotencyKey?: string,
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const source = sourceOf(who, body);
  const idempotency = {
    enterpriseId: enterprise.id,
    userId: who.userId,
    key: idempotencyKey,
    fingerprint: fingerprintOf('POST /enterprises/{enterpriseId}/hazards', body),
  };
  return idempotent<HazardDetail>(db, idempotency, 201, (remember) =>
    db.transaction().execute(async (trx) => {
      const id = await registerIn(trx, who, enterprise, source, body);
      const dto = await detail(trx, who, enterprise.id, id);
      await remember(trx, dto);
      return dto;
    }),
  );
}

type HazardDetail = Awaited<ReturnType<typeof detail>>;

/**
 * Checks and writes one registration inside the caller's transaction, with `source` already
 * decided: the one creation path, also taken by a failed check record (source 管控措施失效),
 * which opens its hazard in the same transaction as the record. Answers the new hazard's id.
 */
export async function registerIn(
  trx: Executor,
  who: Who,
  enterprise: { id: string; jurisdiction_code: string },
  source: HazardSource,
  body: Body,
): Promise<string> {
  if (source === '管控措施失效' && !body.controlMeasureId) {
    throw invalid('controlMeasureId', '来源为「管控措施失效」时须指明失效的管控措施');
  }
  // A regulator's own finding goes straight to rectifying; a tip-off it verified (source 举报)
  // enters reported like a worker's report and waits for the enterprise's triage.
  const byRegulator = who.agencyId !== null && source === '监管检查';
  if (byRegulator) {
    if (!body.grade) throw invalid('grade', '监管部门登记隐患须确定隐患等级');
    if (!body.deadline) throw invalid('deadline', '监管部门登记隐患须给出整改期限');
    if (new Date(body.deadline) <= new Date()) {
      throw invalid('deadline', '整改期限须晚于当前时间');
    }
  }
  // A 随手拍 made offline says when it was seen; the event keeps it beside its own time.
  const recordedAt = body.recordedAt && deviceTime('recordedAt', body.recordedAt, new Date());
  const location = await locationOf(trx, enterprise.id, body);
  await requireUploads(trx, enterprise.id, body.attachments, 'attachments');
  // A hazard that matches a 判定 item is 重大 by rule (docs/domain-criteria.md): a regulator's
  // finding linked to one is graded so at once; the enterprise's own is graded at triage.
  const criterion = body.criterionItemId
    ? await requireLinkable(
        trx,
        await placeOf(trx, enterprise.id),
        body.criterionItemId,
        'criterionItemId',
      )
    : null;
  if (byRegulator && criterion && body.grade !== '重大') {
    throw invalid('grade', `该隐患对应${criterion.citation}，依法应判定为「重大」`);
  }
  // Grade and deadline of an enterprise report are decided at triage; sent now, they are dropped.
  const regulated = byRegulator
    ? {
        grade: body.grade!,
        manage_type: '限期整改' as const,
        deadline: new Date(body.deadline!),
        found_by_agency_id: who.agencyId,
      }
    : { grade: null, manage_type: null, deadline: null, found_by_agency_id: null };
  const state = byRegulator ? 'rectifying' : 'reported';

  const id = await repo.insertHazard(trx, {
    enterprise_id: enterprise.id,
    source,
    kind: body.kind,
    category: body.category,
    description: body.description,
    location: body.location ?? null,
    risk_object_id: location.objectId,
    risk_unit_id: location.unitId,
    control_measure_id: location.measureId,
    state,
    plan: null,
    reporter_id: who.userId,
    closed_at: null,
    ...regulated,
    criteria_item_id: criterion?.itemId ?? null,
    criteria_item_version: criterion?.version ?? null,
    criteria_origin: criterion ? (LINK_ORIGIN[source] ?? 'manual') : null,
    criteria_dismissal: null,
  });
  const at = await events.appendEvent(trx, {
    enterpriseId: enterprise.id,
    hazardId: id,
    actorId: who.userId,
    actorName: who.displayName,
    action: 'register',
    fromState: null,
    toState: state,
    comment: null,
    attachments: body.attachments,
    payload: {
      source,
      kind: body.kind,
      category: body.category,
      description: body.description,
      location: body.location ?? null,
      riskObjectId: location.objectId,
      riskUnitId: location.unitId,
      controlMeasureId: location.measureId,
      grade: regulated.grade,
      manageType: regulated.manage_type,
      deadline: regulated.deadline?.toISOString() ?? null,
      foundByAgencyId: regulated.found_by_agency_id,
      criterion: criterion && {
        itemId: criterion.itemId,
        version: criterion.version,
        citation: criterion.citation,
      },
      ...(recordedAt ? { recordedAt: recordedAt.toISOString() } : {}),
    },
  });
  if (location.measureId) await flagRepeatFailure(trx, enterprise, location.measureId);
  // A regulator's finding is the enterprise's to rectify from now on: its managers are told.
  if (byRegulator) {
    const hazard = {
      id,
      enterprise_id: enterprise.id,
      description: body.description,
      deadline: regulated.deadline,
      responsible_user_id: null,
      found_by_agency_id: who.agencyId,
    };
    const why = `监管部门登记的${regulated.grade}隐患，须在期限内整改`;
    await emit(trx, hazardAssigned(hazard, why, at));
  }
  // 双报告: a 重大隐患 found by a regulator is confirmed by its finding, so its report is drafted
  // now, as a confirmation drafts it for the enterprise's own (hazard-moves.service.ts).
  if (regulated.grade === '重大') {
    await draftEventReport(trx, who, enterprise.id, id, 'major_initial');
  }
  return id;
}

const BATCH = 1000;

/**
 * Recomputes the enterprise's whole chain, in seq order, a batch at a time. One snapshot
 * (repeatable read) for the head and every batch: an append committed meanwhile is either wholly
 * in it or wholly out, so it never looks like a broken tail.
 */
export function verifyChain(db: Db, enterpriseId: string) {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const head = await events.findHead(trx, enterpriseId);
      const checker = new ChainChecker();
      let afterSeq = 0;
      for (;;) {
        const batch = await events.chainBatch(trx, enterpriseId, afterSeq, BATCH);
        for (const row of batch) checker.check(events.chainEventOf(row));
        if (batch.length < BATCH) break;
        afterSeq = Number(batch.at(-1)!.seq);
      }
      return checker.finish(
        head && {
          lastSeq: head.last_seq,
          lastHash: head.last_hash,
          lastEventId: head.last_event_id,
        },
      );
    });
}

export async function verify(db: Db, who: Who, enterpriseId: string) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  return verifyChain(db, enterprise.id);
}

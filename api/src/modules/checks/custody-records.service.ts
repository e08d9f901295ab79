import type { z } from '@hono/zod-openapi';
import type { CustodyRole, Db, HazardSource } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { CUSTODY_ROLE_LABELS } from '../../lib/chemical-labels.js';
import { conflict, forbidden, invalid } from '../../lib/errors.js';
import { registerIn } from '../hazards/hazards.service.js';
import { settingsAt } from '../jurisdictions/jurisdictions.service.js';
import {
  currentCustodyWindow,
  findCustodyWindow,
  type CustodyWindow,
} from '../major-hazards/custody-windows.js';
import * as hazards from '../major-hazards/major-hazards.repository.js';
import { findUnit } from '../run-states/run-states.repository.js';
import { requireUploads } from '../uploads/uploads.service.js';
import { requireOperating } from './check-records.service.js';
import { LATE_DAYS } from './check-tasks.service.js';
import { recordDto } from './checks.dto.js';
import * as repo from './checks.repository.js';
import type { CustodyRecordBody } from './checks.schemas.js';

// A 包保责任人's check of their 重大危险源 (docs/domain-chemicals.md section 2): an ordinary check
// record of kind custody, made by that person only, for one window of the role's cadence. What it
// finds opens a hazard through the hazards' one creation path, in the same transaction.

const DAY = 86_400_000;

/** The source a 包保 finding is registered with; the enterprise may refine it at triage. */
function sourceOf(role: CustodyRole, w: CustodyWindow): HazardSource {
  if (w.keyPeriod) return '节假日前';
  return role === 'technical' ? '专业性' : role === 'principal' ? '综合性' : '日常排查';
}

export async function recordCustody(
  db: Db,
  who: Who,
  enterpriseId: string,
  body: z.infer<typeof CustodyRecordBody>,
  now = new Date(),
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const hazard = await hazards.findMajorHazard(db, enterprise.id, body.majorHazardId);
  if (!hazard || hazard.archived_at) throw invalid('majorHazardId', '重大危险源不存在或已归档');
  const custodian = (await hazards.currentCustodians(db, enterprise.id, [hazard.id])).find(
    (c) => c.role === body.role,
  );
  if (!custodian || custodian.user_id !== who.userId) {
    throw forbidden(`只有该重大危险源现任的${CUSTODY_ROLE_LABELS[body.role]}本人可以记录包保排查`);
  }
  const settings = await settingsAt(db, enterprise.jurisdiction_code);
  const w = body.windowStart
    ? findCustodyWindow(
        body.role,
        settings,
        new Date(body.windowStart),
        body.windowEnd ? new Date(body.windowEnd) : undefined,
      )
    : currentCustodyWindow(body.role, settings, now);
  if (!w) throw invalid('windowStart', '不是该包保责任人排查周期（或节前排查）的起止');
  if (w.start > now) throw invalid('windowStart', '不能记录尚未开始的周期');
  if (w.end.getTime() < now.getTime() - LATE_DAYS * DAY) {
    throw invalid('windowStart', `只能补录最近 ${LATE_DAYS} 天内漏检的周期`);
  }
  if (w.end <= new Date(custodian.assigned_at)) {
    throw invalid('windowStart', '该周期早于本人担任包保责任人');
  }
  if (body.result === 'not_ok' && !body.note && body.attachments.length === 0) {
    throw invalid('note', '发现隐患时须填写说明或上传照片');
  }
  const covered = await hazards.coverage(db, enterprise.id, [hazard.id]);
  let objectId = covered[0]?.risk_object_id ?? null;
  if (body.riskUnitId) {
    const unit = await findUnit(db, enterprise.id, body.riskUnitId);
    if (!unit || !covered.some((c) => c.risk_object_id === unit.object_id)) {
      throw invalid('riskUnitId', '该风险分析单元不在此重大危险源覆盖的对象之内');
    }
    objectId = unit.object_id;
  }
  await requireUploads(db, enterprise.id, body.attachments, 'attachments');
  await requireOperating(db, enterprise.id, w, now, (op, t) => op.majorHazard(hazard.id, t));
  const key = { majorHazardId: hazard.id, role: body.role, start: w.start, end: w.end };
  if (await repo.findCustodyRecord(db, enterprise.id, key)) {
    throw conflict('该包保排查周期已有记录');
  }
  const id = await db.transaction().execute(async (trx) => {
    const hazardId =
      body.result === 'not_ok'
        ? await registerIn(trx, who, enterprise, sourceOf(body.role, w), {
            kind: '安全',
            category: '物的不安全状态',
            description: (
              body.note ?? `${CUSTODY_ROLE_LABELS[body.role]}包保排查发现隐患：${hazard.name}`
            ).slice(0, 2000),
            location: `${hazard.code} ${hazard.name}`,
            riskObjectId: objectId,
            riskUnitId: body.riskUnitId ?? null,
            controlMeasureId: null,
            attachments: body.attachments,
          })
        : null;
    return repo.insertRecord(trx, {
      enterprise_id: enterprise.id,
      kind: 'custody',
      measure_id: null,
      major_hazard_id: hazard.id,
      custody_role: body.role,
      window_start: w.start,
      window_end: w.end,
      result: body.result,
      note: body.note ?? null,
      attachments: body.attachments,
      hazard_id: hazardId,
      recorded_by: who.userId,
    });
  });
  return recordDto(await repo.findRecordById(db, enterprise.id, id));
}

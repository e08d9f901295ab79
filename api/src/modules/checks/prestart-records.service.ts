import type { z } from '@hono/zod-openapi';
import type { Db } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { RUN_STATE_LABELS } from '../../lib/chemical-labels.js';
import { conflict, forbidden, invalid } from '../../lib/errors.js';
import { registerIn } from '../hazards/hazards.service.js';
import { coverage } from '../major-hazards/major-hazards.repository.js';
import { mayRecordPrestart } from '../run-states/run-states.access.js';
import * as runStates from '../run-states/run-states.repository.js';
import { mineOf } from '../run-states/run-states.service.js';
import { requireUploads } from '../uploads/uploads.service.js';
import { recordDto } from './checks.dto.js';
import * as repo from './checks.repository.js';
import type { PrestartRecordBody } from './checks.schemas.js';

// The 开车前检查 of a unit or 重大危险源 back in running or trial from a stop (docs/domain-chemicals.md
// section 3). Until one passes, the subject's periodic checks stay suspended and cannot be
// recorded. A failed one opens a hazard (source 复产复工前) and the check stays pending.

export async function recordPrestart(
  db: Db,
  who: Who,
  enterpriseId: string,
  body: z.infer<typeof PrestartRecordBody>,
  now = new Date(),
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const period = await runStates.findPeriod(db, enterprise.id, body.runStateId);
  if (!period) throw invalid('runStateId', '状态时段不存在');
  const subject = { unitId: period.unit_id, majorHazardId: period.major_hazard_id };
  if (!mayRecordPrestart(who, subject, await mineOf(db, who, enterprise.id))) {
    throw forbidden('开车前检查由企业管理人员、该装置岗位人员或该重大危险源的包保责任人记录');
  }
  if (!period.prestart_required) {
    throw conflict(`该「${RUN_STATE_LABELS[period.state]}」时段不需要开车前检查`);
  }
  if (period.ended_at) throw conflict('该状态时段已结束');
  if (period.prestart_passed_at) throw conflict('开车前检查已通过');
  if (body.result === 'not_ok' && !body.note && body.attachments.length === 0) {
    throw invalid('note', '检查不合格时须填写说明或上传照片');
  }
  await requireUploads(db, enterprise.id, body.attachments, 'attachments');
  const objectId = period.unit_id
    ? ((await runStates.findUnit(db, enterprise.id, period.unit_id))?.object_id ?? null)
    : ((await coverage(db, enterprise.id, [period.major_hazard_id!]))[0]?.risk_object_id ?? null);
  const subjectName = period.unit_name ?? `${period.major_hazard_code} ${period.major_hazard_name}`;
  const id = await db.transaction().execute(async (trx) => {
    // Serialises checks of one period: only one can pass it.
    const locked = await runStates.lockPeriod(trx, enterprise.id, period.id);
    if (!locked || locked.ended_at || locked.prestart_passed_at) {
      throw conflict('状态已变更或开车前检查已通过，请刷新');
    }
    const hazardId =
      body.result === 'not_ok'
        ? await registerIn(trx, who, enterprise, '复产复工前', {
            kind: '安全',
            category: '物的不安全状态',
            description: (body.note ?? `开车前检查发现隐患：${subjectName}`).slice(0, 2000),
            location: subjectName,
            riskObjectId: objectId,
            riskUnitId: period.unit_id,
            controlMeasureId: null,
            attachments: body.attachments,
          })
        : null;
    const recordId = await repo.insertRecord(trx, {
      enterprise_id: enterprise.id,
      kind: 'pre_start',
      measure_id: null,
      major_hazard_id: period.major_hazard_id,
      run_state_id: period.id,
      window_start: new Date(period.started_at),
      window_end: new Date(Math.max(now.getTime(), new Date(period.started_at).getTime() + 1)),
      result: body.result,
      note: body.note ?? null,
      attachments: body.attachments,
      hazard_id: hazardId,
      recorded_by: who.userId,
      recorded_at: now,
    });
    if (body.result === 'ok')
      await runStates.markPrestartPassed(trx, enterprise.id, period.id, now);
    return recordId;
  });
  return recordDto(await repo.findRecordById(db, enterprise.id, id));
}

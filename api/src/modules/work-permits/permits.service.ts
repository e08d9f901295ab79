import type { z } from '@hono/zod-openapi';
import type { Db } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { PERMIT_LEVEL_LABELS, PERMIT_TYPE_LABELS } from '../../lib/chemical-labels.js';
import { invalid, notFound } from '../../lib/errors.js';
import { decodeTimeCursor, toPage } from '../../lib/pagination.js';
import { chinaDate, dayRange } from '../checks/check-windows.js';
import { members } from '../duties/duties.repository.js';
import { settingsAt } from '../jurisdictions/jurisdictions.service.js';
import { findUnit } from '../run-states/run-states.repository.js';
import { measuresFor } from './permit-measures.js';
import { approvalChain, levelOf, maxValidityHours, PERMIT_PREFIX } from './permit-rules.js';
import { isOpen } from './permit-states.js';
import { appendStep } from './permit-steps.js';
import { contextOf, detailOf, factsOf } from './permit-context.js';
import { detailDto, summaryDto } from './permits.dto.js';
import * as repo from './permits.repository.js';
import type { ApplyBody, ListQuery } from './permits.schemas.js';

// 特殊作业票 (docs/domain-chemicals.md section 5): applying, reading, the list. The steps after
// the application are in permit-moves.service.ts.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Types whose form names its 作业人 (table A.7 and A.8 name the work unit only). */
const NAMES_WORKERS = new Set([
  'hot_work',
  'confined_space',
  'blind_plate',
  'work_at_height',
  'lifting',
  'temporary_power',
]);
/** Types whose 作业人 hold a numbered certificate on the form (动火人, 电工). */
const CERTIFIED_WORKERS = new Set(['hot_work', 'temporary_power']);

export async function getOne(db: Db, who: Who, enterpriseId: string, id: string, now = new Date()) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const p = await repo.findPermit(db, enterprise.id, id);
  if (!p) throw notFound('作业票');
  const [detail, ctx] = await Promise.all([
    detailOf(db, p),
    contextOf(db, who, enterprise.id, now),
  ]);
  return detailDto(p, detail, ctx);
}

export async function list(
  db: Db,
  who: Who,
  enterpriseId: string,
  q: z.infer<typeof ListQuery>,
  now = new Date(),
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const rows = await repo.listPermits(
    db,
    enterprise.id,
    {
      state: q.state,
      type: q.type,
      overlapping: q.date ? { from: dayRange(q.date).start, to: dayRange(q.date).end } : undefined,
      involving: q.mine === 'true' ? who.userId : undefined,
      expiredAt: q.expired === 'true' ? now : undefined,
    },
    q.limit,
    decodeTimeCursor(q.cursor),
  );
  const page = toPage(rows, q.limit, (p) => [new Date(p.applied_at).toISOString(), p.id]);
  const [facts, ctx] = await Promise.all([
    factsOf(
      db,
      enterprise.id,
      page.items.map((p) => p.id),
    ),
    contextOf(db, who, enterprise.id, now),
  ]);
  return {
    items: page.items.map((p) => summaryDto(p, facts.get(p.id)!, ctx)),
    nextCursor: page.nextCursor,
    actions:
      who.enterpriseId === enterprise.id && who.role !== 'congress_rep' ? ['apply' as const] : [],
  };
}

/** The open permits the caller can act on now (an approver's or 监护人's to-do list). */
export async function actionable(db: Db, who: Who, enterpriseId: string, now = new Date()) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const rows = (
    await repo.permitsInStates(db, enterprise.id, [
      'applied',
      'measures_confirmed',
      'briefed',
      'approved',
      'in_progress',
      'interrupted',
      'completed',
    ])
  ).filter((p) => isOpen(p.state));
  const [facts, ctx] = await Promise.all([
    factsOf(
      db,
      enterprise.id,
      rows.map((p) => p.id),
    ),
    contextOf(db, who, enterprise.id, now),
  ]);
  return rows
    .map((p) => summaryDto(p, facts.get(p.id)!, ctx))
    .filter((p) => p.actions.some((a) => a !== 'cancel'))
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
}

type Apply = z.infer<typeof ApplyBody>;

async function checkPeople(db: Db, enterpriseId: string, body: Apply) {
  const people = new Map((await members(db, enterpriseId)).map((m) => [m.id, m.display_name]));
  if (!people.has(body.workLeaderId)) throw invalid('workLeaderId', '须为本企业在用的账号');
  if (!people.has(body.guardId)) throw invalid('guardId', '须为本企业在用的账号');
  // 4.10 f: the 监护人 does nothing but guard — neither leads nor does the work.
  if (body.guardId === body.workLeaderId) {
    throw invalid('guardId', '监护人不能兼任作业负责人（GB 30871-2022 4.10 f）');
  }
  const guardName = people.get(body.guardId);
  if (body.workers.some((w) => w.userId === body.guardId || w.name === guardName)) {
    throw invalid('guardId', '监护人不能兼任作业人（GB 30871-2022 4.10 f）');
  }
  for (const [i, w] of body.workers.entries()) {
    if (w.userId && !people.has(w.userId)) {
      throw invalid(`workers.${i}.userId`, '须为本企业在用的账号');
    }
  }
  if (NAMES_WORKERS.has(body.type) && body.workers.length === 0) {
    throw invalid('workers', '请填写作业人');
  }
  if (CERTIFIED_WORKERS.has(body.type)) {
    const i = body.workers.findIndex((w) => !w.certificate);
    if (i >= 0) throw invalid(`workers.${i}.certificate`, '动火人、电工须填写证书编号（4.9）');
  }
}

export async function apply(db: Db, who: Who, enterpriseId: string, body: Apply, now = new Date()) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  await checkPeople(db, enterprise.id, body);
  if (body.riskUnitId && !(await findUnit(db, enterprise.id, body.riskUnitId))) {
    throw invalid('riskUnitId', '风险分析单元不存在或已归档');
  }
  const details = body.details as Record<string, unknown>;
  const level = levelOf(body.type, details);
  const from = new Date(body.validFrom);
  const to = new Date(body.validTo);
  if (to <= from) throw invalid('validTo', '须晚于作业实施时间起点');
  if (to <= now) throw invalid('validTo', '须晚于当前时间');
  if (from.getTime() > now.getTime() + 30 * DAY) throw invalid('validFrom', '不能早于30天以上申请');
  if (from.getTime() < now.getTime() - HOUR)
    throw invalid('validFrom', '不能早于申请时间1小时以上');
  const settings = await settingsAt(db, enterprise.jurisdiction_code);
  const max = maxValidityHours(body.type, level, settings);
  if (max !== null && to.getTime() - from.getTime() > max * HOUR) {
    const what = level ? PERMIT_LEVEL_LABELS[level] : PERMIT_TYPE_LABELS[body.type];
    throw invalid('validTo', `${what}安全作业票有效期不应超过 ${max} 小时`);
  }
  const id = await db.transaction().execute(async (trx) => {
    const date = chinaDate(now).replaceAll('-', '');
    const number = await repo.nextNumber(trx, enterprise.id, `${PERMIT_PREFIX[body.type]}-${date}`);
    const id = await repo.insertPermit(trx, {
      enterprise_id: enterprise.id,
      number,
      type: body.type,
      level,
      state: 'applied',
      applicant_id: who.userId,
      applied_at: now,
      applicant_unit: body.applicantUnit,
      work_unit: body.workUnit,
      contractor: body.contractor,
      content: body.content,
      location: body.location,
      risk_unit_id: body.riskUnitId ?? null,
      work_leader_id: body.workLeaderId,
      guard_id: body.guardId,
      guard_certificate: body.guardCertificate ?? null,
      workers: body.workers.map((w) => ({
        name: w.name,
        certificate: w.certificate,
        ...(w.userId ? { userId: w.userId } : {}),
      })),
      related_numbers: body.relatedNumbers,
      hazard_identification: body.hazardIdentification,
      other_measures: body.otherMeasures ?? null,
      valid_from: from,
      valid_to: to,
      details,
      approval_chain: approvalChain(body.type, level),
      started_at: null,
      interrupted_at: null,
      completed_at: null,
      closed_at: null,
      cancel_reason: null,
    });
    await repo.insertMeasures(
      trx,
      enterprise.id,
      id,
      measuresFor(body.type, body.otherMeasures ?? null),
    );
    await appendStep(trx, {
      enterpriseId: enterprise.id,
      permitId: id,
      action: 'apply',
      role: null,
      actorId: who.userId,
      actorName: who.displayName,
      at: now,
      comment: null,
      payload: {
        number,
        type: body.type,
        level,
        validFrom: from.toISOString(),
        validTo: to.toISOString(),
        workLeaderId: body.workLeaderId,
        guardId: body.guardId,
      },
    });
    return id;
  });
  return getOne(db, who, enterprise.id, id, now);
}

import type { Who } from '../../auth/actor.js';
import type { z } from '@hono/zod-openapi';
import type { Db, Executor, Finding } from '@shuangfang/db';
import { requireJurisdictionInScope } from '../../auth/scope.js';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors.js';
import { findAgency } from '../agencies/agencies.repository.js';
import { registerIn } from '../hazards/hazards.service.js';
import { effectiveSettings } from '../jurisdictions/jurisdictions.service.js';
import { chinaDate, workingDaysAfter } from '../reports/report-calendar.js';
import { requireUploads } from '../uploads/uploads.service.js';
import { agencyOf } from './directory.service.js';
import { inspectionDtos } from './inspections.dto.js';
import * as repo from './inspections.repository.js';
import type { InspectionListQuery, OverdueQuery, RecordBody } from './inspections.schemas.js';

// Execution and 一公开: each team sees and records its own assignments; a finding may open a
// hazard at the enterprise through the hazards' one creation path (source 监管检查, found by this
// agency, so only this agency accepts it); the agency publishes each recorded inspection within
// the jurisdiction's working days.

const STATE_NAMES = { assigned: '待检查', recorded: '已记录', published: '已公开' } as const;

/** The inspector the caller records for (null if none). */
export const myInspectorId = (db: Db, who: Who) =>
  repo.inspectorOfUser(db, agencyOf(who), who.userId);

export async function list(db: Db, who: Who, q: z.infer<typeof InspectionListQuery>) {
  const mine = await myInspectorId(db, who);
  if (q.mine === 'true' && !mine) return { items: [] };
  const found = await repo.listInspections(db, agencyOf(who), {
    planId: q.plan,
    member: q.mine === 'true' ? mine! : undefined,
  });
  return { items: await inspectionDtos(db, found, mine) };
}

async function requireInspection(db: Executor, who: Who, id: string) {
  const row = await repo.findInspection(db, agencyOf(who), id);
  if (!row) throw notFound('检查任务');
  return row;
}

export async function getOne(db: Db, who: Who, id: string) {
  const row = await requireInspection(db, who, id);
  const [dto] = await inspectionDtos(db, [row], await myInspectorId(db, who));
  return dto!;
}

const illegal = (state: keyof typeof STATE_NAMES, allowed: string) =>
  new AppError(
    409,
    'ILLEGAL_TRANSITION',
    `当前状态为「${STATE_NAMES[state]}」，只允许：${allowed}`,
  );
const ALLOWED = { assigned: '记录检查结果', recorded: '公开结果', published: '无' } as const;

/** Working days to publish, from the settings of the agency's jurisdiction. */
async function publicationDays(db: Executor, agencyId: string) {
  const agency = (await findAgency(db, agencyId))!;
  return (await effectiveSettings(db as Db, agency.jurisdiction_path, agency.jurisdiction_code))
    .effective.inspectionPublicationWorkingDays;
}

/**
 * Records the inspection: only a member of its team (through the account linked to their
 * directory entry) may, and only once. Findings marked 立案为隐患 open their hazards in the same
 * transaction, so a refused hazard leaves no half-written record.
 */
export async function record(db: Db, who: Who, id: string, body: z.infer<typeof RecordBody>) {
  const agencyId = agencyOf(who);
  await requireInspection(db, who, id);
  const me = await myInspectorId(db, who);
  await db.transaction().execute(async (trx) => {
    const row = await repo.lockInspection(trx, id);
    if (!me || !row.team.includes(me)) throw forbidden('只有本组执法人员可以记录本次检查');
    if (row.void) throw new AppError(409, 'CONFLICT', '本次抽取已被重新抽取取代，不能记录');
    if (row.state !== 'assigned') throw illegal(row.state, ALLOWED[row.state]);
    const items = await repo.planItems(trx, row.plan_id);
    const given = new Map(body.itemResults.map((r) => [r.itemId, r.result]));
    if (given.size !== body.itemResults.length)
      throw invalid('itemResults', '同一抽查事项只能填写一次');
    body.itemResults.forEach((r, i) => {
      if (!items.some((p) => p.id === r.itemId)) {
        throw invalid(`itemResults.${i}.itemId`, '不是本计划的抽查事项');
      }
    });
    const missing = items.find((p) => !given.has(p.id));
    if (missing) throw invalid('itemResults', `抽查事项「${missing.name}」未填写结果`);
    if (body.inspectedOn > chinaDate(new Date()))
      throw invalid('inspectedOn', '检查日期不能晚于今天');

    const enterprise = await repo.enterprisePlace(trx, row.enterprise_id);
    await requireUploads(trx, enterprise.id, body.documents, 'documents');
    const findings: Finding[] = [];
    for (const [i, f] of body.findings.entries()) {
      await requireUploads(trx, enterprise.id, f.attachments, `findings.${i}.attachments`);
      let hazardId: string | null = null;
      if (f.hazard) {
        hazardId = await registerIn(trx, who, enterprise, '监管检查', {
          kind: f.kind,
          category: f.category,
          description: f.description,
          attachments: f.attachments,
          grade: f.hazard.grade,
          deadline: f.hazard.deadline,
          criterionItemId: f.hazard.criterionItemId,
        }).catch((error: unknown) => {
          // Name the finding in the field of a refused hazard (e.g. a deadline in the past).
          if (error instanceof AppError && error.issues?.[0]) {
            const path = `findings.${i}.hazard.${error.issues[0].path}`;
            throw invalid(path, error.issues[0].message);
          }
          throw error;
        });
      }
      findings.push({
        description: f.description,
        kind: f.kind,
        category: f.category,
        attachments: f.attachments,
        hazardId,
      });
    }
    const days = await publicationDays(trx, agencyId);
    await repo.updateInspection(trx, row.enterprise_id, id, {
      state: 'recorded',
      inspected_on: body.inspectedOn,
      item_results: body.itemResults.map((r) => ({
        itemId: r.itemId,
        name: items.find((p) => p.id === r.itemId)!.name,
        result: r.result,
      })),
      findings,
      documents: body.documents,
      recorded_by: who.userId,
      recorded_at: new Date(),
      // Due at the end of the n-th working day after the inspection day (China time).
      publish_due_at: workingDaysAfter(new Date(`${body.inspectedOn}T12:00:00+08:00`), days),
    });
  });
  return getOne(db, who, id);
}

/** 一公开: the agency publishes a recorded inspection on its public page. */
export async function publish(db: Db, who: Who, id: string) {
  await requireInspection(db, who, id);
  await db.transaction().execute(async (trx) => {
    const row = await repo.lockInspection(trx, id);
    if (row.void) throw new AppError(409, 'CONFLICT', '本次抽取已被重新抽取取代，不能公开');
    if (row.state !== 'recorded') throw illegal(row.state, ALLOWED[row.state]);
    await repo.updateInspection(trx, row.enterprise_id, id, {
      state: 'published',
      published_at: new Date(),
      published_by: who.userId,
    });
  });
  return getOne(db, who, id);
}

/** For the regulator dashboard: how many publications are overdue in a jurisdiction's subtree. */
export const countOverduePublications = (db: Executor, jurisdictionPath: string, now: Date) =>
  repo.countOverdue(db, jurisdictionPath, now);

export async function overduePublications(db: Db, who: Who, q: z.infer<typeof OverdueQuery>) {
  const path = q.jurisdiction
    ? (await requireJurisdictionInScope(db, who, q.jurisdiction)).path
    : who.jurisdictionPath!;
  const rows = await repo.listOverdue(db, path, new Date());
  const mine = await myInspectorId(db, who);
  return { count: rows.length, items: await inspectionDtos(db, rows, mine) };
}

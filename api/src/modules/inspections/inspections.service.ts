import type { Who } from '../../auth/actor.js';
import type { z } from '@hono/zod-openapi';
import type { Db, Executor, Finding } from '@shuangfang/db';
import { sql } from 'kysely';
import { pathUnder, requireJurisdictionInScope } from '../../auth/scope.js';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors.js';
import { registerIn } from '../hazards/hazards.service.js';
import { effectiveSettings } from '../jurisdictions/jurisdictions.service.js';
import { chinaDate, workingDaysAfter } from '../reports/report-calendar.js';
import { requireUploads } from '../uploads/uploads.service.js';
import { agencyOf } from './directory.service.js';
import { inspectionDtos } from './inspections.dto.js';
import { inspections, inspectorOfUser, publicationOverdue } from './inspections.repository.js';
import type { InspectionListQuery, OverdueQuery, RecordBody } from './inspections.schemas.js';

// Execution and 一公开: each team sees and records its own assignments; a finding may open a
// hazard at the enterprise through the hazards' one creation path (source 监管检查, found by this
// agency, so only this agency accepts it); the agency publishes each recorded inspection within
// the jurisdiction's working days.

const STATE_NAMES = { assigned: '待检查', recorded: '已记录', published: '已公开' } as const;

/** The agency's inspections, and the inspector the caller records for (null if none). */
export async function inspectionsQueryFor(db: Db, who: Who) {
  const agencyId = agencyOf(who);
  return {
    rows: inspections(db).where('n.agency_id', '=', agencyId),
    mine: await inspectorOfUser(db, agencyId, who.userId),
  };
}

export async function list(db: Db, who: Who, q: z.infer<typeof InspectionListQuery>) {
  const { rows, mine } = await inspectionsQueryFor(db, who);
  let query = rows.where('n.void', '=', false);
  if (q.plan) query = query.where('n.plan_id', '=', q.plan);
  if (q.mine === 'true') {
    if (!mine) return { items: [] };
    query = query.where(sql<boolean>`n.team @> ${JSON.stringify([mine])}::text::jsonb`);
  }
  const found = await query.orderBy('n.plan_id').orderBy('n.position').limit(500).execute();
  return { items: await inspectionDtos(db, found, mine) };
}

async function requireInspection(db: Executor, who: Who, id: string) {
  const row = await inspections(db)
    .where('n.id', '=', id)
    .where('n.agency_id', '=', agencyOf(who))
    .executeTakeFirst();
  if (!row) throw notFound('检查任务');
  return row;
}

export async function getOne(db: Db, who: Who, id: string) {
  const row = await requireInspection(db, who, id);
  const [dto] = await inspectionDtos(
    db,
    [row],
    await inspectorOfUser(db, agencyOf(who), who.userId),
  );
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
  const j = await db
    .selectFrom('agency as a')
    .innerJoin('jurisdiction as j', 'j.code', 'a.jurisdiction_code')
    .select(['j.code', 'j.path'])
    .where('a.id', '=', agencyId)
    .executeTakeFirstOrThrow();
  return (await effectiveSettings(db as unknown as Db, j.path, j.code)).effective
    .inspectionPublicationWorkingDays;
}

/**
 * Records the inspection: only a member of its team (through the account linked to their
 * directory entry) may, and only once. Findings marked 立案为隐患 open their hazards in the same
 * transaction, so a refused hazard leaves no half-written record.
 */
export async function record(db: Db, who: Who, id: string, body: z.infer<typeof RecordBody>) {
  const agencyId = agencyOf(who);
  await requireInspection(db, who, id);
  const me = await inspectorOfUser(db, agencyId, who.userId);
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('inspection')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (!me || !row.team.includes(me)) throw forbidden('只有本组执法人员可以记录本次检查');
    if (row.void) throw new AppError(409, 'CONFLICT', '本次抽取已被重新抽取取代，不能记录');
    if (row.state !== 'assigned') throw illegal(row.state, ALLOWED[row.state]);
    const plan = await trx
      .selectFrom('inspection_plan')
      .select('items')
      .where('id', '=', row.plan_id)
      .executeTakeFirstOrThrow();
    const given = new Map(body.itemResults.map((r) => [r.itemId, r.result]));
    if (given.size !== body.itemResults.length)
      throw invalid('itemResults', '同一抽查事项只能填写一次');
    body.itemResults.forEach((r, i) => {
      if (!plan.items.some((p) => p.id === r.itemId)) {
        throw invalid(`itemResults.${i}.itemId`, '不是本计划的抽查事项');
      }
    });
    const missing = plan.items.find((p) => !given.has(p.id));
    if (missing) throw invalid('itemResults', `抽查事项「${missing.name}」未填写结果`);
    if (body.inspectedOn > chinaDate(new Date()))
      throw invalid('inspectedOn', '检查日期不能晚于今天');

    const enterprise = await trx
      .selectFrom('enterprise')
      .select(['id', 'jurisdiction_code'])
      .where('id', '=', row.enterprise_id)
      .executeTakeFirstOrThrow();
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
    await trx
      .updateTable('inspection')
      .set({
        state: 'recorded',
        inspected_on: body.inspectedOn,
        item_results: body.itemResults.map((r) => ({
          itemId: r.itemId,
          name: plan.items.find((p) => p.id === r.itemId)!.name,
          result: r.result,
        })),
        findings,
        documents: body.documents,
        recorded_by: who.userId,
        recorded_at: new Date(),
        // Due at the end of the n-th working day after the inspection day (China time).
        publish_due_at: workingDaysAfter(new Date(`${body.inspectedOn}T12:00:00+08:00`), days),
      })
      .where('enterprise_id', '=', row.enterprise_id)
      .where('id', '=', id)
      .execute();
  });
  return getOne(db, who, id);
}

/** 一公开: the agency publishes a recorded inspection on its public page. */
export async function publish(db: Db, who: Who, id: string) {
  await requireInspection(db, who, id);
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('inspection')
      .select(['state', 'void', 'enterprise_id'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (row.void) throw new AppError(409, 'CONFLICT', '本次抽取已被重新抽取取代，不能公开');
    if (row.state !== 'recorded') throw illegal(row.state, ALLOWED[row.state]);
    await trx
      .updateTable('inspection')
      .set({ state: 'published', published_at: new Date(), published_by: who.userId })
      .where('enterprise_id', '=', row.enterprise_id)
      .where('id', '=', id)
      .execute();
  });
  return getOne(db, who, id);
}

/** Inspections of agencies in the subtree at `path` whose publication is overdue at `now`. */
function overdueUnder(db: Executor, path: string, now: Date) {
  return inspections(db, now)
    .innerJoin('agency as a', 'a.id', 'n.agency_id')
    .innerJoin('jurisdiction as aj', 'aj.code', 'a.jurisdiction_code')
    .where(pathUnder('aj.path', path))
    .where(publicationOverdue(now));
}

/** For the regulator dashboard: how many publications are overdue in a jurisdiction's subtree. */
export async function countOverduePublications(db: Executor, jurisdictionPath: string, now: Date) {
  const rows = await overdueUnder(db, jurisdictionPath, now).select('n.id').execute();
  return rows.length;
}

export async function overduePublications(db: Db, who: Who, q: z.infer<typeof OverdueQuery>) {
  const path = q.jurisdiction
    ? (await requireJurisdictionInScope(db, who, q.jurisdiction)).path
    : who.jurisdictionPath!;
  const rows = await overdueUnder(db, path, new Date())
    .orderBy('n.publish_due_at')
    .limit(500)
    .execute();
  const mine = await inspectorOfUser(db, agencyOf(who), who.userId);
  return { count: rows.length, items: await inspectionDtos(db, rows, mine) };
}

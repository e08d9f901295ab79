import type { Who } from '../../auth/actor.js';
import type { z } from '@hono/zod-openapi';
import type { Db, Executor, InspectionPlanRow } from '@shuangfang/db';
import { sql } from 'kysely';
import { requireJurisdictionInScope } from '../../auth/scope.js';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.js';
import { effectiveSettings } from '../jurisdictions/jurisdictions.service.js';
import * as inputs from './draw-inputs.repository.js';
import { DrawShortage, runDraw, verifyDraw, type PublishedDraw } from './draw.js';
import { agencyOf } from './directory.service.js';
import { inspectionDtos, planItemDto } from './inspections.dto.js';
import { inspectionsQueryFor } from './inspections.service.js';
import type { DrawBody, PlanBody } from './inspections.schemas.js';

// Plans of 双随机 and their draws. A draw is final: a redo is a new draw with its reason, the
// earlier one and its (voided) assignments stay visible, and a trigger refuses to alter a draw.

const planSummary = (
  p: InspectionPlanRow & { draw_count: number; start: string; end: string },
) => ({
  id: p.id,
  name: p.name,
  agencyId: p.agency_id,
  periodStart: p.start,
  periodEnd: p.end,
  teamSize: p.team_size,
  sampleSize: p.sample_size,
  sampleRatio: p.sample_ratio === null ? null : Number(p.sample_ratio),
  drawCount: Number(p.draw_count),
  createdAt: new Date(p.created_at).toISOString(),
});

function plansOf(db: Db, agencyId: string) {
  return db
    .selectFrom('inspection_plan as p')
    .selectAll('p')
    .select((eb) => [
      sql<string>`p.period_start::text`.as('start'),
      sql<string>`p.period_end::text`.as('end'),
      eb
        .selectFrom('inspection_draw as d')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('d.plan_id', '=', 'p.id')
        .as('draw_count'),
    ])
    .where('p.agency_id', '=', agencyId);
}

export async function listPlans(db: Db, who: Who) {
  const rows = await plansOf(db, agencyOf(who)).orderBy('p.created_at', 'desc').execute();
  return { items: rows.map((r) => planSummary({ ...r, draw_count: Number(r.draw_count ?? 0) })) };
}

async function requirePlan(db: Db, agencyId: string, id: string) {
  const row = await plansOf(db, agencyId).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('抽查计划');
  return { ...row, draw_count: Number(row.draw_count ?? 0) };
}

export async function createPlan(db: Db, who: Who, body: z.infer<typeof PlanBody>) {
  const agencyId = agencyOf(who);
  for (const code of body.scope.jurisdictions) await requireJurisdictionInScope(db, who, code);
  const catalogue = await db
    .selectFrom('inspection_item')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('id', 'in', body.itemIds)
    .execute();
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  const items = body.itemIds.map((id, i) => {
    const item = byId.get(id);
    if (!item) throw invalid(`itemIds.${i}`, '抽查事项须取自本部门的事项库');
    return {
      id,
      name: item.name,
      legalBasis: item.legal_basis,
      method: item.method,
      criterionItemId: item.criteria_item_id,
    };
  });
  if (new Set(body.itemIds).size !== body.itemIds.length)
    throw invalid('itemIds', '抽查事项不能重复');
  const { id } = await db
    .insertInto('inspection_plan')
    .values({
      agency_id: agencyId,
      name: body.name,
      period_start: body.periodStart,
      period_end: body.periodEnd,
      items,
      scope: body.scope,
      sample_size: body.sampleSize ?? null,
      sample_ratio: body.sampleRatio === undefined ? null : String(body.sampleRatio),
      team_size: body.teamSize,
      created_by: who.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getPlan(db, who, id);
}

async function drawsOf(db: Db, planId: string) {
  const rows = await db
    .selectFrom('inspection_draw as d')
    .innerJoin('app_user as u', 'u.id', 'd.drawn_by')
    .selectAll('d')
    .select('u.display_name')
    .where('d.plan_id', '=', planId)
    .orderBy('d.seq', 'desc')
    .execute();
  return rows.map((d, i) => ({
    id: d.id,
    planId: d.plan_id,
    seq: d.seq,
    current: i === 0,
    redoReason: d.redo_reason,
    drawnAt: new Date(d.drawn_at).toISOString(),
    drawnBy: d.display_name,
    published: d.published as PublishedDraw,
  }));
}

export async function getPlan(db: Db, who: Who, id: string) {
  const agencyId = agencyOf(who);
  const plan = await requirePlan(db, agencyId, id);
  const { rows, mine } = await inspectionsQueryFor(db, who);
  const inspections = await rows
    .where('n.plan_id', '=', id)
    .orderBy('n.void')
    .orderBy('n.position')
    .execute();
  return {
    ...planSummary(plan),
    items: plan.items.map(planItemDto),
    scope: plan.scope,
    draws: await drawsOf(db, id),
    inspections: await inspectionDtos(db, inspections, mine),
  };
}

const shortage = (error: DrawShortage) =>
  new AppError(422, 'DRAW_SHORTAGE', error.message, [
    {
      path: error.what === 'inspectors' ? `inspectors.${error.creditCode}` : 'candidates',
      message: error.message,
    },
  ]);

/**
 * Draws the plan: reads the candidates, inspectors and exclusions, fixes the seed from the
 * supervisor's value and the server time, runs draw.ts, and stores the draw with its inputs and
 * one inspection per drawn enterprise — in one transaction, under the plan's row lock, so two
 * simultaneous draws cannot both be the first.
 */
export async function draw(db: Db, who: Who, planId: string, body: z.infer<typeof DrawBody>) {
  const agencyId = agencyOf(who);
  await requirePlan(db, agencyId, planId);
  const drawId = await db
    .transaction()
    .execute((trx) => drawIn(trx, agencyId, who.userId, planId, body, new Date()));
  const draws = await drawsOf(db, planId);
  return draws.find((d) => d.id === drawId)!;
}

/**
 * The draw inside the caller's transaction, at `drawnAt` (the server time; the demo history
 * replays its draws at past times through this same path). Answers the new draw's id.
 */
export async function drawIn(
  trx: Executor,
  agencyId: string,
  userId: string,
  planId: string,
  body: { supervisorValue: string; redoReason?: string },
  drawnAt: Date,
): Promise<string> {
  const plan = await trx
    .selectFrom('inspection_plan')
    .selectAll()
    .where('id', '=', planId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const last = await trx
    .selectFrom('inspection_draw')
    .select(['id', 'seq'])
    .where('plan_id', '=', planId)
    .orderBy('seq', 'desc')
    .executeTakeFirst();
  if (last) {
    if (!body.redoReason) {
      throw invalid('redoReason', '该计划已抽取；重新抽取须填写理由，原抽取结果将保留');
    }
    const recorded = await trx
      .selectFrom('inspection')
      .select('id')
      .where('draw_id', '=', last.id)
      .where('state', '<>', 'assigned')
      .executeTakeFirst();
    if (recorded) throw conflict('本次抽取已有检查记录，不能重新抽取');
  }
  const agency = await trx
    .selectFrom('agency as a')
    .innerJoin('jurisdiction as j', 'j.code', 'a.jurisdiction_code')
    .select(['j.code', 'j.path'])
    .where('a.id', '=', agencyId)
    .executeTakeFirstOrThrow();
  const settings = (await effectiveSettings(trx as Db, agency.path, agency.code)).effective;
  const scope = plan.scope;
  const paths = scope.jurisdictions.length
    ? (
        await trx
          .selectFrom('jurisdiction')
          .select('path')
          .where('code', 'in', scope.jurisdictions)
          .execute()
      ).map((j) => j.path)
    : [agency.path];
  const candidates = await inputs.candidates(trx, paths, scope, settings.inspectionWeights);
  const inspectorRows = await inputs.inspectors(trx, agencyId);
  const count =
    plan.sample_size ?? Math.max(1, Math.ceil(Number(plan.sample_ratio) * candidates.length));
  let published: PublishedDraw;
  try {
    published = runDraw({
      planId,
      seedInputs: { supervisorValue: body.supervisorValue, drawnAt: drawnAt.toISOString() },
      candidates: candidates.map((c) => ({ creditCode: c.creditCode, weight: c.weight })),
      count,
      teamSize: plan.team_size,
      inspectors: inputs.drawInspectorsOf(inspectorRows),
      exclusions: await inputs.exclusions(trx, agencyId, planId),
    });
  } catch (error) {
    if (error instanceof DrawShortage) throw shortage(error);
    throw error;
  }
  if (last) {
    await trx
      .updateTable('inspection')
      .set({ void: true })
      .where('draw_id', '=', last.id)
      .execute();
  }
  const { id } = await trx
    .insertInto('inspection_draw')
    .values({
      plan_id: planId,
      agency_id: agencyId,
      seq: (last?.seq ?? 0) + 1,
      published,
      redo_reason: last ? body.redoReason! : null,
      drawn_by: userId,
      drawn_at: drawnAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const enterpriseOf = new Map(candidates.map((c) => [c.creditCode, c.id]));
  const inspectorOf = new Map(inspectorRows.map((i) => [i.badge_number, i.id]));
  if (published.result.length) {
    await trx
      .insertInto('inspection')
      .values(
        published.result.map((r, i) => ({
          enterprise_id: enterpriseOf.get(r.creditCode)!,
          plan_id: planId,
          draw_id: id,
          agency_id: agencyId,
          position: i + 1,
          team: r.team.map((b) => inspectorOf.get(b)!),
          state: 'assigned' as const,
          inspected_on: null,
          item_results: null,
          findings: null,
          documents: null,
          recorded_by: null,
          recorded_at: null,
          publish_due_at: null,
          published_by: null,
          published_at: null,
        })),
      )
      .execute();
  }
  return id;
}

/** A draw of the caller's agency, recomputed from what was stored with it. */
export async function verify(db: Db, who: Who, drawId: string) {
  const row = await db
    .selectFrom('inspection_draw')
    .select('published')
    .where('id', '=', drawId)
    .where('agency_id', '=', agencyOf(who))
    .executeTakeFirst();
  if (!row) throw notFound('抽取记录');
  return verifyDraw(row.published as PublishedDraw);
}

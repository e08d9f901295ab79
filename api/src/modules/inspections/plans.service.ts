import type { Who } from '../../auth/actor.js';
import type { z } from '@hono/zod-openapi';
import type { Db, Executor, PlanScope } from '@shuangfang/db';
import { requireJurisdictionInScope } from '../../auth/scope.js';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.js';
import { findAgency } from '../agencies/agencies.repository.js';
import { effectiveSettings } from '../jurisdictions/jurisdictions.service.js';
import { itemsOf } from './directory.repository.js';
import * as inputs from './draw-inputs.repository.js';
import { runDraw, verifyDraw, type DrawFailure, type PublishedDraw } from './draw.js';
import { agencyOf, catalogueItemFor } from './directory.service.js';
import { planActions } from './inspections.access.js';
import { inspectionDtos, planItemDto } from './inspections.dto.js';
import { planInspections } from './inspections.repository.js';
import { myInspectorId } from './inspections.service.js';
import type { DrawBody, PlanBody } from './inspections.schemas.js';
import * as repo from './plans.repository.js';

// Plans of 双随机 and their draws. A draw is final: a redo is a new draw with its reason, the
// earlier one and its (voided) assignments stay visible, and a trigger refuses to alter a draw.

type PlanView = NonNullable<Awaited<ReturnType<typeof repo.findPlan>>>;

const planSummary = (p: PlanView) => ({
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

export async function listPlans(db: Db, who: Who) {
  return { items: (await repo.listPlans(db, agencyOf(who))).map(planSummary) };
}

async function requirePlan(db: Db, agencyId: string, id: string) {
  const row = await repo.findPlan(db, agencyId, id);
  if (!row) throw notFound('抽查计划');
  return row;
}

/**
 * Makes a plan. Its items come from the agency's catalogue, or from the check-item library: a
 * library item joins the catalogue (or is found there, taken before) in the same transaction, so
 * every plan item is a catalogue item the results refer to.
 */
export async function createPlan(db: Db, who: Who, body: z.infer<typeof PlanBody>) {
  const agencyId = agencyOf(who);
  for (const code of body.scope.jurisdictions) await requireJurisdictionInScope(db, who, code);
  const id = await db.transaction().execute(async (trx) => {
    const fromLibrary: string[] = [];
    for (const [i, input] of body.libraryItems.entries()) {
      const taken = await catalogueItemFor(trx, agencyId, input).catch((error: unknown) => {
        // Name the library item in the field of a refused one.
        if (error instanceof AppError && error.issues?.[0]) {
          throw invalid(`libraryItems.${i}.${error.issues[0].path}`, error.issues[0].message);
        }
        throw error;
      });
      fromLibrary.push(taken.id);
    }
    const itemIds = [...body.itemIds, ...fromLibrary];
    const catalogue = await itemsOf(trx, agencyId, itemIds);
    const byId = new Map(catalogue.map((i) => [i.id, i]));
    const items = itemIds.map((id, i) => {
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
    if (new Set(itemIds).size !== itemIds.length) throw invalid('itemIds', '抽查事项不能重复');
    return repo.insertPlan(trx, {
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
    });
  });
  return getPlan(db, who, id);
}

/** The enterprises a plan's scope takes in now, with their weights (the draw's candidates). */
async function scopeCandidates(db: Executor, agencyId: string, scope: PlanScope) {
  const agency = (await findAgency(db, agencyId))!;
  const settings = (
    await effectiveSettings(db as Db, agency.jurisdiction_path, agency.jurisdiction_code)
  ).effective;
  const paths = scope.jurisdictions.length
    ? await repo.jurisdictionPaths(db, scope.jurisdictions)
    : [agency.jurisdiction_path];
  return inputs.candidates(db, paths, scope, settings.inspectionWeights);
}

/** How many a draw takes: the plan's number, or its ratio of those in scope (at least one). */
const sampleCount = (
  plan: { sample_size: number | null; sample_ratio: string | number | null },
  inScope: number,
) => plan.sample_size ?? Math.max(1, Math.ceil(Number(plan.sample_ratio) * inScope));

async function drawsOf(db: Db, planId: string) {
  const rows = await repo.listDraws(db, planId);
  // Current: the latest draw that was made; a failed redo leaves the earlier one in force.
  const current = rows.find((d) => !d.failed)?.id;
  return rows.map((d) => {
    const published = d.published as PublishedDraw;
    return {
      id: d.id,
      planId: d.plan_id,
      seq: d.seq,
      current: d.id === current,
      failed: d.failed,
      failure: published.failure ?? null,
      redoReason: d.redo_reason,
      drawnAt: new Date(d.drawn_at).toISOString(),
      drawnBy: d.display_name,
      published,
    };
  });
}

export async function getPlan(db: Db, who: Who, id: string) {
  const agencyId = agencyOf(who);
  const plan = await requirePlan(db, agencyId, id);
  const inspections = await planInspections(db, agencyId, id);
  const summary = planSummary(plan);
  const draws = await drawsOf(db, id);
  const inScope = (await scopeCandidates(db, agencyId, plan.scope)).length;
  const current = draws.find((d) => d.current)?.published;
  return {
    ...summary,
    items: plan.items.map(planItemDto),
    scope: plan.scope,
    sample: {
      inScope,
      toDraw: sampleCount(plan, inScope),
      drawn: current ? current.result.length : null,
      inScopeAtDraw: current ? current.candidates.length : null,
    },
    draws,
    inspections: await inspectionDtos(db, inspections, await myInspectorId(db, who)),
    actions: planActions(summary.drawCount, inspections),
  };
}

/** A failed draw, answered once it is stored: the 422 names what was short. */
const shortage = (failure: DrawFailure, seq: number) => {
  const message = `${failure.message}。本次抽取（第 ${seq} 次）已记录并公开，再次抽取须填写理由`;
  const path = failure.what === 'inspectors' ? `inspectors.${failure.creditCode}` : 'candidates';
  return new AppError(422, 'DRAW_SHORTAGE', message, [{ path, message }]);
};

/**
 * Draws the plan: reads the candidates, inspectors and exclusions, fixes the seed from the
 * supervisor's value and the server time, runs draw.ts, and stores the draw with its inputs and
 * one inspection per drawn enterprise — in one transaction, under the plan's row lock, so two
 * simultaneous draws cannot both be the first. A draw that fails is stored too (and committed)
 * before the 422 answers it: a failed attempt is part of the record.
 */
export async function draw(db: Db, who: Who, planId: string, body: z.infer<typeof DrawBody>) {
  const agencyId = agencyOf(who);
  await requirePlan(db, agencyId, planId);
  const drawn = await db
    .transaction()
    .execute((trx) => drawIn(trx, agencyId, who.userId, planId, body, new Date()));
  if (drawn.failure) throw shortage(drawn.failure, drawn.seq);
  const draws = await drawsOf(db, planId);
  return draws.find((d) => d.id === drawn.id)!;
}

/**
 * The draw inside the caller's transaction, at `drawnAt` (the server time; the demo history
 * replays its draws at past times through this same path). Answers the new draw's id, its
 * number within the plan, and why it failed (null when it was made).
 */
export async function drawIn(
  trx: Executor,
  agencyId: string,
  userId: string,
  planId: string,
  body: { supervisorValue: string; redoReason?: string },
  drawnAt: Date,
): Promise<{ id: string; seq: number; failure: DrawFailure | null }> {
  const plan = await repo.lockPlan(trx, planId);
  const last = await repo.lastDraw(trx, planId);
  const current = await repo.currentDraw(trx, planId);
  if (last && !body.redoReason) {
    throw invalid('redoReason', '该计划已抽取（含未成功的抽取）；重新抽取须填写理由，原记录将保留');
  }
  if (current && (await repo.drawHasRecords(trx, current.id))) {
    throw conflict('本次抽取已有检查记录，不能重新抽取');
  }
  const candidates = await scopeCandidates(trx, agencyId, plan.scope);
  const inspectorRows = await inputs.inspectors(trx, agencyId);
  const count = sampleCount(plan, candidates.length);
  const published = runDraw({
    planId,
    seedInputs: { supervisorValue: body.supervisorValue, drawnAt: drawnAt.toISOString() },
    candidates: candidates.map((c) => ({ creditCode: c.creditCode, weight: c.weight })),
    count,
    teamSize: plan.team_size,
    inspectors: inputs.drawInspectorsOf(inspectorRows),
    exclusions: await inputs.exclusions(trx, agencyId, planId),
  });
  const failure = published.failure ?? null;
  // A failed redo changes nothing but the record: the draw in force stays in force.
  if (current && !failure) await repo.voidInspectionsOf(trx, current.id);
  const seq = (last?.seq ?? 0) + 1;
  const id = await repo.insertDraw(trx, {
    plan_id: planId,
    agency_id: agencyId,
    seq,
    published,
    redo_reason: last ? body.redoReason! : null,
    drawn_by: userId,
    drawn_at: drawnAt,
    failed: failure !== null,
  });
  const enterpriseOf = new Map(candidates.map((c) => [c.creditCode, c.id]));
  const inspectorOf = new Map(inspectorRows.map((i) => [i.badge_number, i.id]));
  await repo.insertInspections(
    trx,
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
  );
  return { id, seq, failure };
}

/** A draw of the caller's agency, recomputed from what was stored with it. */
export async function verify(db: Db, who: Who, drawId: string) {
  const published = await repo.findPublished(db, drawId, agencyOf(who));
  if (!published) throw notFound('抽取记录');
  return verifyDraw(published as PublishedDraw);
}

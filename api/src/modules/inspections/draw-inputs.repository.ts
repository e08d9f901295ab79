import type { Executor, PlanScope, StandardizationLevel } from '@shuangfang/db';
import type { Settings } from '../jurisdictions/settings.defaults.js';
import { pathUnder } from '../../auth/scope.js';
import type { Candidate, DrawInspector, Exclusion } from './draw.js';

// What a draw reads from the database at draw time; draw.ts then works on these values alone,
// and they are stored with the draw so that anyone can recompute it.

type Weights = Settings['inspectionWeights'];

/** An enterprise's weight is the largest that applies (red or blacklisted ×3, orange ×2, else ×1). */
function weightOf(e: { risk_level: string | null; credit_status: string }, w: Weights): number {
  const applicable = [w.other];
  if (e.risk_level === 'red') applicable.push(w.red);
  if (e.risk_level === 'orange') applicable.push(w.orange);
  if (e.credit_status === 'blacklisted') applicable.push(w.blacklisted);
  return Math.max(...applicable);
}

/** Active enterprises under any of `paths` that pass the plan's scope filter. */
export async function candidates(
  db: Executor,
  paths: string[],
  scope: PlanScope,
  weights: Weights,
): Promise<(Candidate & { id: string })[]> {
  let q = db
    .selectFrom('enterprise as e')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .select(['e.id', 'e.credit_code', 'e.risk_level', 'e.credit_status'])
    .where('e.active', '=', true)
    .where((eb) => eb.or(paths.map((p) => pathUnder('j.path', p))));
  if (scope.industries.length) q = q.where('e.industry', 'in', scope.industries);
  if (scope.riskColours.length) q = q.where('e.risk_level', 'in', scope.riskColours);
  if (scope.standardizationLevels.length) {
    const levels = scope.standardizationLevels.filter((l) => l !== 'none');
    const none = scope.standardizationLevels.includes('none');
    q = q.where((eb) =>
      eb.or([
        ...(levels.length
          ? [eb('e.standardization_level', 'in', levels as StandardizationLevel[])]
          : []),
        ...(none ? [eb('e.standardization_level', 'is', null)] : []),
      ]),
    );
  }
  const rows = await q.orderBy('e.credit_code').execute();
  return rows.map((r) => ({ id: r.id, creditCode: r.credit_code, weight: weightOf(r, weights) }));
}

export async function inspectors(db: Executor, agencyId: string) {
  return db
    .selectFrom('inspector')
    .select(['id', 'badge_number', 'active'])
    .where('agency_id', '=', agencyId)
    .orderBy('badge_number')
    .execute();
}

export const drawInspectorsOf = (
  rows: { badge_number: string; active: boolean }[],
): DrawInspector[] => rows.map((r) => ({ badge: r.badge_number, active: r.active }));

/**
 * Who may not inspect whom: every declared conflict of the agency's inspectors, and for each
 * inspector the enterprises of their previous plan — the latest other plan of this agency whose
 * current draw put them in a team (see docs/architecture.md, "the previous plan").
 */
export async function exclusions(
  db: Executor,
  agencyId: string,
  planId: string,
): Promise<Exclusion[]> {
  const conflicts = await db
    .selectFrom('inspector_conflict as c')
    .innerJoin('inspector as i', 'i.id', 'c.inspector_id')
    .innerJoin('enterprise as e', 'e.id', 'c.enterprise_id')
    .select(['i.badge_number', 'e.credit_code'])
    .where('i.agency_id', '=', agencyId)
    .execute();
  const assignments = await db
    .selectFrom('inspection as n')
    .innerJoin('inspection_draw as d', 'd.id', 'n.draw_id')
    .innerJoin('enterprise as e', 'e.id', 'n.enterprise_id')
    .select(['n.team', 'n.plan_id', 'd.drawn_at', 'e.credit_code'])
    .where('n.agency_id', '=', agencyId)
    .where('n.plan_id', '<>', planId)
    .where('n.void', '=', false)
    .orderBy('d.drawn_at', 'desc')
    .execute();
  const badges = new Map(
    (await inspectors(db, agencyId)).map((i) => [i.id, i.badge_number] as const),
  );
  // Newest first: the first plan met for an inspector is their previous plan.
  const previousPlan = new Map<string, string>();
  const previous: Exclusion[] = [];
  for (const a of assignments) {
    for (const inspectorId of a.team) {
      const badge = badges.get(inspectorId);
      if (!badge) continue;
      if (!previousPlan.has(badge)) previousPlan.set(badge, a.plan_id);
      if (previousPlan.get(badge) === a.plan_id) {
        previous.push({ badge, creditCode: a.credit_code, reason: 'previous_plan' });
      }
    }
  }
  const all: Exclusion[] = [
    ...conflicts.map((c) => ({
      badge: c.badge_number,
      creditCode: c.credit_code,
      reason: 'conflict' as const,
    })),
    ...previous,
  ];
  return all.sort((a, b) =>
    `${a.badge}|${a.creditCode}|${a.reason}` < `${b.badge}|${b.creditCode}|${b.reason}` ? -1 : 1,
  );
}

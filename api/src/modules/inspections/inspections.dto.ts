import type { Executor, PlanItem } from '@shuangfang/db';
import { inspectionActions } from './inspections.access.js';
import { hazardStates, teamMembers, type InspectionView } from './inspections.repository.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** A plan's item; plans made before the check-item library have no 判定 item on theirs. */
export const planItemDto = (i: PlanItem) => ({ ...i, criterionItemId: i.criterionItemId ?? null });

/** DTOs of inspections, with team names and each finding's hazard state read in two queries. */
export async function inspectionDtos(
  db: Executor,
  rows: InspectionView[],
  myInspectorId: string | null,
) {
  const members = await teamMembers(db, [...new Set(rows.flatMap((r) => r.team))]);
  const hazards = await hazardStates(
    db,
    rows.flatMap((r) =>
      (r.findings ?? []).flatMap((f) =>
        f.hazardId ? [{ enterpriseId: r.enterprise_id, id: f.hazardId }] : [],
      ),
    ),
  );
  return rows.map((r) => {
    const mine = myInspectorId !== null && r.team.includes(myInspectorId);
    return {
      id: r.id,
      planId: r.plan_id,
      planName: r.plan_name,
      drawId: r.draw_id,
      position: r.position,
      enterpriseId: r.enterprise_id,
      enterpriseName: r.enterprise_name,
      creditCode: r.credit_code,
      team: r.team.map((id) => ({
        id,
        name: members.get(id)?.name ?? '',
        badgeNumber: members.get(id)?.badge ?? '',
      })),
      mine,
      state: r.state,
      void: r.void,
      items: r.plan_items.map(planItemDto),
      inspectedOn: r.inspected_day,
      itemResults: r.item_results,
      findings:
        r.findings?.map((f) => ({
          ...f,
          hazardState: f.hazardId ? (hazards.get(f.hazardId)?.state ?? null) : null,
        })) ?? null,
      documents: r.documents,
      publishDueAt: iso(r.publish_due_at),
      publicationOverdue: r.overdue,
      publishedAt: iso(r.published_at),
      actions: inspectionActions({ mine, state: r.state, void: r.void }),
    };
  });
}

import type { InspectionState } from '@shuangfang/db';
import { allow } from '../../middlewares/access.js';

// Who may call each inspection route at all (403 otherwise). Everything then belongs to the
// caller's own agency: another agency's inspector, item, plan or inspection answers 404.

/** The directory and the catalogue are kept by the agency's administrators. */
export const directoryKeepers = allow('agency_admin');
/** Read by the agency's people, who pick items and see who may be drawn. */
export const agencyPeople = allow('agency_admin', 'inspector');

export const INSPECTION_ACTIONS = ['record', 'publish'] as const;
export type InspectionAction = (typeof INSPECTION_ACTIONS)[number];

/**
 * What the caller may do with an inspection now: a member of its team records an assigned one;
 * anyone of the agency publishes a recorded one. A draw redone since has voided it.
 */
export function inspectionActions(i: {
  mine: boolean;
  state: InspectionState;
  void: boolean;
}): InspectionAction[] {
  if (i.void) return [];
  if (i.state === 'assigned' && i.mine) return ['record'];
  if (i.state === 'recorded') return ['publish'];
  return [];
}

export const PLAN_ACTIONS = ['draw', 'redo'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/**
 * Whether the plan is drawn for the first time or redrawn (with a reason): a redo only while no
 * inspection of the current draw has been recorded.
 */
export function planActions(
  drawCount: number,
  inspections: { void: boolean; state: InspectionState }[],
): PlanAction[] {
  if (drawCount === 0) return ['draw'];
  const recorded = inspections.some((i) => !i.void && i.state !== 'assigned');
  return recorded ? [] : ['redo'];
}

import type { HazardRow, HazardState } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { forbidden } from '../../lib/errors.js';
import { allow } from '../../middlewares/access.js';
import { allowedMoves, HAZARD_MOVES, type HazardMove } from './hazard-states.js';

// Who may call each hazard route at all (403 otherwise); which hazard and which move is then
// decided by the rules below, and which enterprise by scope (404).
//
// Congress representatives are left out for now: they get their own read-only view (the notice
// board, without reporter identities), not these routes.

/** Enterprise people report; regulators whose subtree holds the enterprise register findings. */
export const hazardWriters = allow(
  'enterprise_admin',
  'safety_manager',
  'worker',
  'agency_admin',
  'inspector',
);
/** Workers read only their own reports (filtered by the service); the rest read all. */
export const hazardReaders = hazardWriters;
/** Regulators read their subtree's hazards across enterprises. */
export const subtreeReaders = allow('agency_admin', 'inspector');
/** The enterprise's managers change a plan while it is carried out. */
export const planEditors = allow('enterprise_admin', 'safety_manager');
/** Managers, or a worker named as the plan's responsible user. */
export const extensionRequesters = allow('enterprise_admin', 'safety_manager', 'worker');
/** The 主要负责人, or the finding regulator for a hazard it found. */
export const extensionDeciders = allow('enterprise_admin', 'agency_admin', 'inspector');
export const chainVerifiers = allow(
  'enterprise_admin',
  'safety_manager',
  'agency_admin',
  'inspector',
);

// Who may do what to one hazard (docs/domain.md sections 2 and 7). The enterprise is already known
// to be in the caller's scope (else 404); these rules only answer 403. They run before the state
// check, so a caller who may never make a move learns nothing from a 409 about the state. The same
// rules give the hazard's `actions`, so a page shows exactly the forms the API would accept.

type Caller = Pick<Who, 'role' | 'agencyId' | 'enterpriseId' | 'userId'>;
type Parties = Pick<HazardRow, 'found_by_agency_id' | 'responsible_user_id' | 'rectifier_id'>;

/** 主要负责人 and 安全管理员: the enterprise's hazard managers. */
export const isManager = (w: Pick<Caller, 'role'>) =>
  w.role === 'enterprise_admin' || w.role === 'safety_manager';

/** A regulator-found hazard is accepted, and its deadline extended, by the finding agency only. */
const isFindingAgency = (w: Caller, h: Parties) =>
  h.found_by_agency_id !== null && w.agencyId === h.found_by_agency_id;

/** Why the caller may not make `move` (whatever the state), or null when they may. */
function moveRefusal(w: Caller, h: Parties, move: HazardMove): string | null {
  switch (move) {
    case 'reject':
    case 'confirm':
      return isManager(w) ? null : '只有企业主要负责人或安全管理员可以确认或不予确认隐患';
    case 'submit':
      return isManager(w) || w.userId === h.responsible_user_id
        ? null
        : '只有企业主要负责人、安全管理员或整改责任人可以提交整改';
    case 'accept':
    case 'reject_acceptance':
      if (h.found_by_agency_id !== null) {
        return isFindingAgency(w, h) ? null : '监管检查发现的隐患只能由发现它的监管部门验收';
      }
      if (!isManager(w)) return '只有企业主要负责人或安全管理员可以验收';
      if (w.userId === h.rectifier_id) return '验收人不能是整改提交人，请由其他人验收';
      return null;
  }
}

export function requireMayMove(w: Caller, h: Parties, move: HazardMove): void {
  const refusal = moveRefusal(w, h, move);
  if (refusal) throw forbidden(refusal);
}

const extensionRequestRefusal = (w: Caller, h: Parties) =>
  isManager(w) || w.userId === h.responsible_user_id
    ? null
    : '只有企业主要负责人、安全管理员或整改责任人可以申请延期';

export function requireMayRequestExtension(w: Caller, h: Parties): void {
  const refusal = extensionRequestRefusal(w, h);
  if (refusal) throw forbidden(refusal);
}

/**
 * Who decides a hazard's extension requests: the supervising (挂牌督办) agency, whoever found it;
 * otherwise the finding agency for a regulator's finding, else the 主要负责人. The one rule, for
 * the refusal below and for whom the request is sent to (notification-events.ts).
 */
export function extensionDecider(
  h: Pick<Parties, 'found_by_agency_id'>,
  supervisingAgencyId: string | null,
): { agencyId: string; supervising: boolean } | { role: 'enterprise_admin' } {
  if (supervisingAgencyId !== null) return { agencyId: supervisingAgencyId, supervising: true };
  if (h.found_by_agency_id !== null) return { agencyId: h.found_by_agency_id, supervising: false };
  return { role: 'enterprise_admin' };
}

function extensionDecisionRefusal(
  w: Caller,
  h: Parties,
  supervisingAgencyId: string | null,
): string | null {
  const decider = extensionDecider(h, supervisingAgencyId);
  if ('agencyId' in decider) {
    if (w.agencyId === decider.agencyId) return null;
    return decider.supervising
      ? '该隐患已挂牌督办，延期由挂牌督办的监管部门审批'
      : '监管检查发现的隐患，延期由发现它的监管部门审批';
  }
  return w.role === 'enterprise_admin' ? null : '延期申请由企业主要负责人审批';
}

export function requireMayDecideExtension(
  w: Caller,
  h: Parties,
  supervisingAgencyId: string | null,
): void {
  const refusal = extensionDecisionRefusal(w, h, supervisingAgencyId);
  if (refusal) throw forbidden(refusal);
}

/** A worker reads the hazards they reported or answer for; managers and regulators read all. */
export function mayRead(w: Caller, h: Pick<HazardRow, 'reporter_id' | 'responsible_user_id'>) {
  if (w.role !== 'worker') return true;
  return h.reporter_id === w.userId || h.responsible_user_id === w.userId;
}

/** What a page may offer on one hazard; every one is decided again by its route. */
export const HAZARD_ACTIONS = [
  ...HAZARD_MOVES,
  'edit_plan',
  'request_extension',
  'decide_extension',
  'supervise',
  'unlist',
  'draft_progress_report',
] as const;
export type HazardAction = (typeof HAZARD_ACTIONS)[number];

const OPEN_MAJOR_STATES: readonly HazardState[] = ['rectifying', 'awaiting_acceptance'];

/** The hazard's state and parties, and where its extension and 挂牌督办 stand. */
export interface HazardSituation extends Parties {
  state: HazardState;
  grade: HazardRow['grade'];
  deadline: Date | string | null;
  pendingExtension: boolean;
  /** The agency supervising it now (挂牌督办 listed), else null. */
  supervisingAgencyId: string | null;
  /** The agency of its latest listing, listed or unlisted, else null. */
  listingAgencyId: string | null;
}

/** The actions `w` may take on the hazard now: the moves its state allows them, and the rest. */
export function hazardActions(w: Caller, h: HazardSituation): HazardAction[] {
  const actions: HazardAction[] = allowedMoves(h.state).filter((m) => !moveRefusal(w, h, m));
  const rectifying = h.state === 'rectifying';
  const openMajor = h.grade === '重大' && OPEN_MAJOR_STATES.includes(h.state);
  if (rectifying && isManager(w)) actions.push('edit_plan');
  if (rectifying && h.deadline && !h.pendingExtension && !extensionRequestRefusal(w, h)) {
    actions.push('request_extension');
  }
  if (h.pendingExtension && !extensionDecisionRefusal(w, h, h.supervisingAgencyId)) {
    actions.push('decide_extension');
  }
  if (w.agencyId && openMajor && h.supervisingAgencyId === null) actions.push('supervise');
  if (h.state === 'closed' && w.agencyId && w.agencyId === h.listingAgencyId)
    actions.push('unlist');
  if (openMajor && w.role === 'enterprise_admin') actions.push('draft_progress_report');
  return actions;
}

/**
 * What one enterprise's hazard list offers its reader: `register` the full registration form (the
 * enterprise's managers, who choose the source), `report` the worker's 随手拍 (source fixed).
 */
export const HAZARD_LIST_ACTIONS = ['register', 'report'] as const;
export type HazardListAction = (typeof HAZARD_LIST_ACTIONS)[number];

export function hazardListActions(w: Caller): HazardListAction[] {
  if (isManager(w)) return ['register'];
  if (w.role === 'worker') return ['report'];
  return [];
}

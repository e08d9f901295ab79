import type { HazardRow } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { forbidden } from '../../lib/errors.js';
import type { HazardMove } from './hazard-states.js';
import { allow } from '../../middlewares/access.js';

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

// Who may do what to one hazard (docs/domain.md sections 2 and 7). The enterprise is already known to
// be in the caller's scope (else 404); these rules only answer 403. They run before the state
// check, so a caller who may never make a move learns nothing from a 409 about the state.

type Who = Pick<ActingMembership, 'role' | 'agencyId' | 'enterpriseId'> & { userId: string };
type Parties = Pick<HazardRow, 'found_by_agency_id' | 'responsible_user_id' | 'rectifier_id'>;

/** 主要负责人 and 安全管理员: the enterprise's hazard managers. */
export const isManager = (w: Pick<Who, 'role'>) =>
  w.role === 'enterprise_admin' || w.role === 'safety_manager';

/** A regulator-found hazard is accepted, and its deadline extended, by the finding agency only. */
const isFindingAgency = (w: Who, h: Parties) =>
  h.found_by_agency_id !== null && w.agencyId === h.found_by_agency_id;

export function requireMayMove(w: Who, h: Parties, move: HazardMove): void {
  switch (move) {
    case 'reject':
    case 'confirm':
      if (!isManager(w)) throw forbidden('只有企业主要负责人或安全管理员可以确认或不予确认隐患');
      return;
    case 'submit':
      if (!isManager(w) && w.userId !== h.responsible_user_id) {
        throw forbidden('只有企业主要负责人、安全管理员或整改责任人可以提交整改');
      }
      return;
    case 'accept':
    case 'reject_acceptance':
      if (h.found_by_agency_id !== null) {
        if (!isFindingAgency(w, h)) throw forbidden('监管检查发现的隐患只能由发现它的监管部门验收');
        return;
      }
      if (!isManager(w)) throw forbidden('只有企业主要负责人或安全管理员可以验收');
      if (w.userId === h.rectifier_id) throw forbidden('验收人不能是整改提交人，请由其他人验收');
      return;
  }
}

export function requireMayRequestExtension(w: Who, h: Parties): void {
  if (!isManager(w) && w.userId !== h.responsible_user_id) {
    throw forbidden('只有企业主要负责人、安全管理员或整改责任人可以申请延期');
  }
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

export function requireMayDecideExtension(
  w: Who,
  h: Parties,
  supervisingAgencyId: string | null,
): void {
  const decider = extensionDecider(h, supervisingAgencyId);
  if ('agencyId' in decider) {
    if (w.agencyId !== decider.agencyId) {
      throw forbidden(
        decider.supervising
          ? '该隐患已挂牌督办，延期由挂牌督办的监管部门审批'
          : '监管检查发现的隐患，延期由发现它的监管部门审批',
      );
    }
    return;
  }
  if (w.role !== 'enterprise_admin') throw forbidden('延期申请由企业主要负责人审批');
}

/** A worker reads the hazards they reported or answer for; managers and regulators read all. */
export function mayRead(w: Who, h: Pick<HazardRow, 'reporter_id' | 'responsible_user_id'>) {
  if (w.role !== 'worker') return true;
  return h.reporter_id === w.userId || h.responsible_user_id === w.userId;
}

import type { EnterpriseDuty, PermitAction, PermitChainEntry } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { DUTY_LABELS } from '../../lib/chemical-labels.js';
import { allow } from '../../middlewares/access.js';
import { isManager } from '../hazards/hazards.access.js';
import type { PermitRow } from './permits.repository.js';

// Who may do what with a permit (docs/domain-chemicals.md section 5). The route gates let the
// enterprise's people in; these rules decide per permit from the names on it (作业负责人,
// 监护人, 申请人) and the duties the caller holds (duties module): a signature line is signed by
// the account named for it or by an account holding its duty.

export const permitReaders = allow(
  'enterprise_admin',
  'safety_manager',
  'worker',
  'agency_admin',
  'inspector',
);
export const permitWriters = allow('enterprise_admin', 'safety_manager', 'worker');
/** The ledger: the enterprise's managers and the regulators above. */
export const ledgerReaders = allow(
  'enterprise_admin',
  'safety_manager',
  'agency_admin',
  'inspector',
);

export interface Caller {
  who: Who;
  duties: Set<EnterpriseDuty>;
}

type Permit = Pick<
  PermitRow,
  'type' | 'applicant_id' | 'work_leader_id' | 'guard_id' | 'approval_chain'
>;

const isLeader = (c: Caller, p: Permit) => c.who.userId === p.work_leader_id;
const isGuard = (c: Caller, p: Permit) => c.who.userId === p.guard_id;
const onSite = (c: Caller, p: Permit) =>
  isLeader(c, p) || isGuard(c, p) || c.duties.has('unit_head') || c.duties.has('safety_dept');

/** Whether the caller may sign this line of the chain. */
export const maySign = (c: Caller, p: Permit, entry: PermitChainEntry) =>
  entry.role === 'work_leader' ? isLeader(c, p) : c.duties.has(entry.role);

/** Whether the caller may ever take this action on this permit (its state aside). */
export function mayAct(c: Caller, p: Permit, action: PermitAction): boolean {
  switch (action) {
    case 'apply':
      return false;
    case 'confirm_measure':
    case 'record_gas':
    case 'brief':
      return onSite(c, p);
    case 'approve':
      return p.approval_chain.some((e) => maySign(c, p, e));
    case 'start':
      // 动火前，岗位当班班长验票 (table A.1): the shift leader opens hot work.
      return p.type === 'hot_work' ? c.duties.has('shift_leader') : isLeader(c, p) || isGuard(c, p);
    case 'interrupt':
    case 'resume':
    case 'complete':
      return isLeader(c, p) || isGuard(c, p);
    case 'extend':
      return maySign(c, p, p.approval_chain.at(-1)!);
    case 'accept':
      return c.duties.has('unit_head');
    case 'cancel':
      return (
        isManager(c.who) ||
        c.who.userId === p.applicant_id ||
        isLeader(c, p) ||
        c.duties.has('unit_head') ||
        c.duties.has('safety_dept')
      );
  }
}

/** Who an action waits for, as the page shows it. */
export function whoActs(p: Permit, action: PermitAction, next: PermitChainEntry | null): string {
  switch (action) {
    case 'confirm_measure':
    case 'record_gas':
    case 'brief':
      return '作业负责人、监护人、所在基层单位或安全管理部门';
    case 'approve':
      return next ? (next.role === 'work_leader' ? '作业负责人' : DUTY_LABELS[next.role]) : '';
    case 'start':
      return p.type === 'hot_work' ? DUTY_LABELS.shift_leader : '作业负责人或监护人';
    case 'accept':
      return DUTY_LABELS.unit_head;
    default:
      return '作业负责人或监护人';
  }
}

export const PERMIT_FORBIDDEN: Record<PermitAction, string> = {
  apply: '',
  confirm_measure: '安全措施由作业负责人、监护人、所在基层单位或安全管理部门确认',
  record_gas: '气体分析由作业负责人、监护人、所在基层单位或安全管理部门记录',
  brief: '安全交底由作业负责人、监护人、所在基层单位或安全管理部门进行',
  approve: '本人不担任此作业票审批链中的任何签字职责',
  start: '动火作业由岗位当班班长验票后开始；其他作业由作业负责人或监护人开始',
  interrupt: '只有作业负责人或监护人可以中断作业',
  resume: '只有作业负责人或监护人可以恢复作业',
  complete: '只有作业负责人或监护人可以确认完工',
  extend: '延长有效期由该作业票的审批人（审批链最后一栏的职责）办理',
  accept: '完工验收由所在基层单位负责人办理',
  cancel: '只有申请人、作业负责人、企业管理人员、所在基层单位或安全管理部门可以取消',
};

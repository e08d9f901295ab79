import type {
  CheckKind,
  CustodyRole,
  EnterpriseDuty,
  PermitAction,
  PermitLevel,
  PermitSignerRole,
  PermitState,
  PermitType,
  RunState,
} from '@shuangfang/db';

// The Chinese names of the 危险化学品 vocabularies (docs/domain-chemicals.md), one place for every
// DTO that shows them, so a page never needs its own table of names.

export const RUN_STATE_LABELS: Record<RunState, string> = {
  running: '运行',
  stopped: '停车',
  maintenance: '检修',
  trial: '试生产',
};

export const CUSTODY_ROLE_LABELS: Record<CustodyRole, string> = {
  principal: '主要负责人',
  technical: '技术负责人',
  operational: '操作负责人',
};

export const CHECK_KIND_LABELS: Record<CheckKind, string> = {
  measure: '管控措施排查',
  custody: '包保责任人排查',
  pre_start: '开车前检查',
};

export const DUTY_LABELS: Record<EnterpriseDuty, string> = {
  commitment_deputy: '值班负责人（代为发布承诺公告）',
  unit_head: '所在基层单位负责人',
  safety_dept: '安全管理部门',
  specialty_dept: '所在单位专业部门',
  plant_leader: '主管领导（主管厂长或总工程师）',
  power_supplier: '配送电单位',
  co_signer: '会签部门',
  shift_leader: '岗位当班班长（动火前验票）',
};

export const PERMIT_TYPE_LABELS: Record<PermitType, string> = {
  hot_work: '动火作业',
  confined_space: '受限空间作业',
  blind_plate: '盲板抽堵作业',
  work_at_height: '高处作业',
  lifting: '吊装作业',
  temporary_power: '临时用电作业',
  excavation: '动土作业',
  road_closure: '断路作业',
};

export const PERMIT_LEVEL_LABELS: Record<PermitLevel, string> = {
  hot_special: '特级动火',
  hot_1: '一级动火',
  hot_2: '二级动火',
  height_1: 'I级高处',
  height_2: 'II级高处',
  height_3: 'III级高处',
  height_4: 'IV级高处',
  lifting_1: '一级吊装',
  lifting_2: '二级吊装',
  lifting_3: '三级吊装',
};

export const PERMIT_STATE_LABELS: Record<PermitState, string> = {
  applied: '已申请',
  measures_confirmed: '措施已确认',
  briefed: '已交底',
  approved: '已审批',
  in_progress: '作业中',
  interrupted: '作业中断',
  completed: '待验收',
  accepted: '已验收',
  cancelled: '已取消',
};

export const PERMIT_ACTION_LABELS: Record<PermitAction, string> = {
  apply: '申请',
  confirm_measure: '确认安全措施',
  record_gas: '气体分析',
  brief: '安全交底',
  approve: '审批',
  start: '开始作业',
  interrupt: '中断作业',
  resume: '恢复作业',
  extend: '延长有效期',
  complete: '完工',
  accept: '完工验收',
  cancel: '取消',
};

export const SIGNER_ROLE_LABELS: Record<PermitSignerRole, string> = {
  work_leader: '作业负责人',
  unit_head: '所在单位',
  safety_dept: '安全管理部门',
  specialty_dept: '专业部门',
  plant_leader: '主管领导',
  power_supplier: '配送电单位',
  co_signer: '会签部门',
};

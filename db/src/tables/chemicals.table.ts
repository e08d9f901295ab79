import type { Generated, Insertable, Selectable } from 'kysely';
import type {
  CustodyRole,
  EnterpriseDuty,
  MajorHazardLevel,
  PermitAction,
  PermitLevel,
  PermitSignerRole,
  PermitState,
  PermitType,
  RunState,
} from '../enums.js';

// 危险化学品 duties (docs/domain-chemicals.md, migration 2026_12_06_1200). Every table is owned
// by an enterprise: `enterprise_id` leads each key and each foreign key to another owned row.

/** 重大危险源: registered by the enterprise, covering risk objects of its register. */
export interface MajorHazardTable {
  enterprise_id: string;
  id: Generated<string>;
  /** 重大危险源编码, unique within the enterprise. */
  code: string;
  name: string;
  level: MajorHazardLevel;
  description: string;
  archived_at: Date | null;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export type MajorHazardRow = Selectable<MajorHazardTable>;

/** A risk object the 重大危险源 covers (with all its units). */
export interface MajorHazardObjectTable {
  enterprise_id: string;
  major_hazard_id: string;
  risk_object_id: string;
}

/** One 包保责任人 of one role for a period; the current one has no `ended_at`. */
export interface MajorHazardCustodianTable {
  enterprise_id: string;
  id: Generated<string>;
  major_hazard_id: string;
  role: CustodyRole;
  user_id: string;
  /** 职务, as the board shows it. */
  title: string;
  /** Contact phone on the board (公示牌). */
  phone: string;
  assigned_by: string;
  assigned_at: Date;
  ended_by: string | null;
  ended_at: Date | null;
}
export type MajorHazardCustodianRow = Selectable<MajorHazardCustodianTable>;

/** One period of a risk unit's or 重大危险源's run state; the current one has no `ended_at`. */
export interface RunStateTable {
  enterprise_id: string;
  id: Generated<string>;
  unit_id: string | null;
  major_hazard_id: string | null;
  state: RunState;
  reason: string;
  started_at: Date;
  planned_end_at: Date | null;
  ended_at: Date | null;
  /** Back in running or trial from stopped or 检修: a 开车前检查 must pass first. */
  prestart_required: boolean;
  /** When the passing 开车前检查 was recorded (same transaction as its record). */
  prestart_passed_at: Date | null;
  set_by: string;
  created_at: Generated<Date>;
}
export type RunStateRow = Selectable<RunStateTable>;
export type NewRunState = Insertable<RunStateTable>;

/** A duty an enterprise gave one of its accounts (permit signatures, the commitment deputy). */
export interface DutyAssignmentTable {
  enterprise_id: string;
  user_id: string;
  duty: EnterpriseDuty;
  assigned_by: string;
  assigned_at: Generated<Date>;
}

/** The day's 安全风险研判与承诺公告: an immutable snapshot, one per enterprise and China day. */
export interface RiskCommitmentTable {
  enterprise_id: string;
  id: Generated<string>;
  /** The China calendar day (a `date`; read it back as text, `day::text`). */
  day: string | Date;
  /** The day's deadline as it stood when the commitment was published. */
  due_at: Date;
  content: Record<string, unknown>;
  content_hash: string;
  committed_by: string;
  committed_by_name: string;
  /** 主要负责人 (enterprise_admin) or the deputy on duty. */
  committed_as: 'principal' | 'deputy';
  committed_at: Date;
}
export type RiskCommitmentRow = Selectable<RiskCommitmentTable>;

/** The public link of the enterprise's gate screen (门岗显示屏). */
export interface GateScreenLinkTable {
  enterprise_id: string;
  id: Generated<string>;
  token: string;
  created_by: string;
  created_at: Generated<Date>;
  revoked_at: Date | null;
}

export interface PermitWorker {
  name: string;
  certificate: string | null;
}
export interface PermitChainEntry {
  role: PermitSignerRole;
  /** The signature line as the printed permit names it (所在单位意见, 动火审批人意见, …). */
  label: string;
}

/** 安全作业票 (GB 30871-2022). */
export interface WorkPermitTable {
  enterprise_id: string;
  id: Generated<string>;
  /** 编号, unique within the enterprise. */
  number: string;
  type: PermitType;
  level: PermitLevel | null;
  state: PermitState;
  applicant_id: string;
  applied_at: Date;
  /** 作业申请单位 and 作业单位 (a contractor when `contractor`). */
  applicant_unit: string;
  work_unit: string;
  contractor: boolean;
  content: string;
  location: string;
  risk_unit_id: string | null;
  work_leader_id: string;
  guard_id: string;
  guard_certificate: string | null;
  workers: PermitWorker[];
  related_numbers: string[];
  hazard_identification: string;
  other_measures: string | null;
  valid_from: Date;
  valid_to: Date;
  /** The type's own fields (动火方式, 受限空间名称, 作业高度, 吊物质量, …). */
  details: Record<string, unknown>;
  approval_chain: PermitChainEntry[];
  started_at: Date | null;
  interrupted_at: Date | null;
  completed_at: Date | null;
  closed_at: Date | null;
  cancel_reason: string | null;
  updated_at: Generated<Date>;
}
export type WorkPermitRow = Selectable<WorkPermitTable>;
export type NewWorkPermit = Insertable<WorkPermitTable>;

/** One item of a permit's safety-measure list, and who confirmed it. */
export interface WorkPermitMeasureTable {
  enterprise_id: string;
  permit_id: string;
  seq: number;
  text: string;
  involved: boolean | null;
  confirmed_by: string | null;
  confirmed_at: Date | null;
}

export interface GasReading {
  gas: string;
  kind: 'flammable' | 'oxygen' | 'toxic';
  value: number;
  unit: '%VOL' | 'mg/m³' | 'ppm';
  /** The gas's lower explosive limit, %VOL (flammable readings). */
  lel: number | null;
  /** The limit the value is judged against, and the rule it comes from. */
  limit: string;
  passed: boolean;
}

/** One gas sample (取样分析) of a permit: the readings taken at one point and time. */
export interface WorkPermitGasTable {
  enterprise_id: string;
  id: Generated<string>;
  permit_id: string;
  analysed_at: Date;
  point: string;
  readings: GasReading[];
  passed: boolean;
  analyst_id: string;
  recorded_at: Generated<Date>;
}
export type WorkPermitGasRow = Selectable<WorkPermitGasTable>;

/** The signed log of a permit: every step, chained by hash per permit. */
export interface WorkPermitStepTable {
  enterprise_id: string;
  id: Generated<string>;
  permit_id: string;
  seq: number;
  action: PermitAction;
  role: PermitSignerRole | null;
  actor_id: string;
  actor_name: string;
  at: Date;
  comment: string | null;
  payload: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}
export type WorkPermitStepRow = Selectable<WorkPermitStepTable>;
export type NewWorkPermitStep = Insertable<WorkPermitStepTable>;

import type { Generated, Insertable, Selectable } from 'kysely';
import type {
  AccidentType,
  AssessmentMethod,
  CheckCycleUnit,
  ControlLevel,
  MeasureCategory,
  RiskColour,
} from '../enums.js';

// The risk chain of docs/domain.md section 1, one level owning the next. Every table is owned by an
// enterprise: `enterprise_id` leads each primary key and each foreign key (docs/architecture.md).

interface RegisterRow {
  enterprise_id: string;
  id: Generated<string>;
  /** Position in its parent's list; the user reorders by changing it. */
  sort_order: Generated<number>;
  /** Archived rows keep their history and drop out of the current lists. */
  archived_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** 安全风险分析对象: a plant, storage facility, workshop or site. */
export interface RiskObjectTable extends RegisterRow {
  name: string;
  kind: string;
  /** 重大危险源 code, when the object is one. */
  major_hazard_code: string | null;
  department: string;
  responsible_person: string;
  /** Outline on the site plan: [x, y] fractions of its width and height; null until placed. */
  polygon: Generated<[number, number][] | null>;
}

/** 安全风险分析单元: a part of an object split by process or layout. */
export interface RiskUnitTable extends RegisterRow {
  object_id: string;
  name: string;
  responsible_person: string;
}

/** 安全风险事件: what can go wrong in a unit, with its current grade (from the latest assessment). */
export interface RiskEventTable extends RegisterRow {
  unit_id: string;
  hazard_factor: string;
  accident_type: AccidentType;
  consequence: string;
  /** Copied from the latest assessment so that colours roll up with an index, not a scan. */
  grade: RiskColour | null;
  control_level: ControlLevel | null;
  /** Why the control level differs from the grade's default, when it does. */
  control_level_reason: string | null;
  /** Set when the same measure failed again within the jurisdiction's window; cleared by the
   *  next assessment of the event. */
  reassess_flagged_at: Generated<Date | null>;
}

/** One assessment of an event; append-only, so the event's history is complete. */
export interface RiskAssessmentTable {
  enterprise_id: string;
  id: Generated<string>;
  event_id: string;
  method: AssessmentMethod;
  /** LEC: { l, e, c }; LS: { l, s }. */
  inputs: Record<string, number>;
  score: number;
  grade: RiskColour;
  assessed_by: string;
  assessed_at: Generated<Date>;
}

/** 管控措施: what keeps an event from happening, and how often it is checked. */
export interface ControlMeasureTable extends RegisterRow {
  event_id: string;
  category: MeasureCategory;
  description: string;
  control_level: ControlLevel;
  responsible_person: string;
  check_content: string;
  check_cycle_unit: CheckCycleUnit | null;
  check_cycle_count: number | null;
}

/** 应急处置措施 of an event. */
export interface EmergencyMeasureTable extends RegisterRow {
  event_id: string;
  steps: string;
  equipment: Generated<string>;
  phone: string;
}

export type RiskObjectRow = Selectable<RiskObjectTable>;
export type RiskUnitRow = Selectable<RiskUnitTable>;
export type RiskEventRow = Selectable<RiskEventTable>;
export type RiskAssessmentRow = Selectable<RiskAssessmentTable>;
export type ControlMeasureRow = Selectable<ControlMeasureTable>;
export type EmergencyMeasureRow = Selectable<EmergencyMeasureTable>;
export type NewRiskAssessment = Insertable<RiskAssessmentTable>;

/** 岗位: a position, the risk units it works in and the workers assigned to it. */
export interface PositionTable {
  enterprise_id: string;
  id: Generated<string>;
  name: string;
  sort_order: Generated<number>;
  archived_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export interface PositionUnitTable {
  enterprise_id: string;
  position_id: string;
  unit_id: string;
}
export interface PositionWorkerTable {
  enterprise_id: string;
  position_id: string;
  user_id: string;
}
export type PositionRow = Selectable<PositionTable>;

/** 一图: the enterprise's site plan image. */
export interface SitePlanTable {
  enterprise_id: string;
  content_type: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  byte_size: number;
  data: Uint8Array;
  uploaded_by: string;
  uploaded_at: Generated<Date>;
}

/** The public link of a position's board (its QR code). */
export interface BoardLinkTable {
  enterprise_id: string;
  id: Generated<string>;
  position_id: string;
  token: string;
  created_by: string;
  created_at: Generated<Date>;
  revoked_at: Date | null;
}

import type { Generated, Selectable } from 'kysely';
import type {
  HazardCategory,
  HazardKind,
  Industry,
  InspectionItemResult,
  InspectionState,
  RiskColour,
  StandardizationLevel,
} from '../enums.js';
import type { HazardAttachment } from './hazard.table.js';

// 双随机一公开 random inspections (docs/domain.md section 5; migration 2026_11_23_2200).

/** 执法人员 of an agency; `user_id` is the account through which they record inspections. */
export interface InspectorTable {
  id: Generated<string>;
  agency_id: string;
  name: string;
  badge_number: string;
  user_id: string | null;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}
export type InspectorRow = Selectable<InspectorTable>;

/** A declared conflict of interest: the inspector is never drawn for the enterprise. */
export interface InspectorConflictTable {
  id: Generated<string>;
  inspector_id: string;
  enterprise_id: string;
  reason: string;
  declared_by: string;
  declared_at: Generated<Date>;
}

/** 抽查事项 of an agency's reusable catalogue. */
export interface InspectionItemTable {
  id: Generated<string>;
  agency_id: string;
  name: string;
  legal_basis: string;
  method: string;
  /** Where a library item came from: a check item, or a 判定 item version. */
  check_item_id: string | null;
  criteria_item_id: string | null;
  criteria_item_version: number | null;
  created_at: Generated<Date>;
}
export type InspectionItemRow = Selectable<InspectionItemTable>;

export interface PlanItem {
  id: string;
  name: string;
  legalBasis: string;
  method: string;
  /** The 判定 item the catalogue item was taken from (plans made before the library have none). */
  criterionItemId?: string | null;
}
export interface PlanScope {
  industries: Industry[];
  jurisdictions: string[];
  riskColours: RiskColour[];
  /** '一级' | '二级' | '三级' | 'none' (no certificate). */
  standardizationLevels: (StandardizationLevel | 'none')[];
}

export interface InspectionPlanTable {
  id: Generated<string>;
  agency_id: string;
  name: string;
  period_start: string;
  period_end: string;
  items: PlanItem[];
  scope: PlanScope;
  sample_size: number | null;
  sample_ratio: string | null;
  team_size: number;
  created_by: string;
  created_at: Generated<Date>;
}
export type InspectionPlanRow = Selectable<InspectionPlanTable>;

export interface InspectionDrawTable {
  id: Generated<string>;
  plan_id: string;
  agency_id: string;
  seq: number;
  /** draw.ts `PublishedDraw`. */
  published: unknown;
  redo_reason: string | null;
  drawn_by: string;
  drawn_at: Date;
  /** The draw could not be made; `published.failure` says why, and it has no inspections. */
  failed: Generated<boolean>;
}
export type InspectionDrawRow = Selectable<InspectionDrawTable>;

export interface ItemResult {
  itemId: string;
  name: string;
  result: InspectionItemResult;
}
export interface Finding {
  description: string;
  kind: HazardKind;
  category: HazardCategory;
  attachments: HazardAttachment[];
  /** The hazard the finding opened at the enterprise (立案为隐患), if any. */
  hazardId: string | null;
}

export interface InspectionTable {
  enterprise_id: string;
  id: Generated<string>;
  plan_id: string;
  draw_id: string;
  agency_id: string;
  position: number;
  team: string[];
  state: InspectionState;
  void: Generated<boolean>;
  inspected_on: string | null;
  item_results: ItemResult[] | null;
  findings: Finding[] | null;
  documents: HazardAttachment[] | null;
  recorded_by: string | null;
  recorded_at: Date | null;
  publish_due_at: Date | null;
  published_by: string | null;
  published_at: Date | null;
}
export type InspectionRow = Selectable<InspectionTable>;

import type { Generated, Selectable } from 'kysely';
import type { CriteriaFidelity, CriteriaHolding, CriteriaLinkOrigin, Industry } from '../enums.js';

// 重大事故隐患判定标准 and the check-item library (docs/domain-criteria.md). The library is
// reference data, read by every tenant and written by platform admins only; what an enterprise
// adopts from it (`measure_check_item`) is the enterprise's own.

/** One standard (national, or a province's own when `jurisdiction_code` is set). */
export interface CriteriaStandardTable {
  /** Stable key, e.g. `gongmao-2023`; jurisdiction settings name standards by it. */
  code: string;
  title: string;
  /** 文号 or 标准号, e.g. 应急管理部令第10号. */
  doc_number: string;
  issuer: string;
  jurisdiction_code: string | null;
  /** Dates (China calendar), read as `YYYY-MM-DD` text. */
  published_on: string | null;
  effective_from: string;
  /** From this day on the standard no longer applies; its items stay for history. */
  retired_from: string | null;
  retired_reason: string | null;
  superseded_by: string | null;
  /** The enterprise industries it is written for: its applicability unless a jurisdiction says otherwise. */
  industries: Industry[];
  holding: CriteriaHolding;
  official_item_count: number | null;
  /** False when the edition itself is inferred rather than read from the official text. */
  confirmed: boolean;
  official_source: string | null;
  coverage: string;
  note: string | null;
  sort_order: number;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}
export type CriteriaStandardRow = Selectable<CriteriaStandardTable>;

/** The identity of one item; what it says lives in its versions. */
export interface CriteriaItemTable {
  id: Generated<string>;
  standard_code: string;
  sort_order: number;
  current_version: number;
  created_at: Generated<Date>;
}

/** One version of an item: an edit adds a version, so a hazard keeps the one it was judged on. */
export interface CriteriaItemVersionTable {
  item_id: string;
  version: number;
  number: string | null;
  number_confirmed: boolean;
  area: string;
  /** Empty: every industry its standard applies to. */
  industries: Industry[];
  text: string;
  fidelity: CriteriaFidelity;
  source: string;
  note: string | null;
  keywords: string[];
  change_reason: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}
export type CriteriaItemVersionRow = Selectable<CriteriaItemVersionTable>;

/** A check item (检查表) written as such, with its legal basis; 判定 items are check items too. */
export interface CheckItemTable {
  id: Generated<string>;
  content: string;
  basis: string;
  method: string;
  /** Empty: every industry. */
  industries: Industry[];
  archived_at: Date | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export type CheckItemRow = Selectable<CheckItemTable>;

/** A library item an enterprise adopted into a control measure's check content. */
export interface MeasureCheckItemTable {
  enterprise_id: string;
  id: Generated<string>;
  measure_id: string;
  check_item_id: string | null;
  criteria_item_id: string | null;
  criteria_item_version: number | null;
  /** What was appended to the measure's check content, as adopted. */
  content: string;
  basis: string;
  adopted_by: string;
  adopted_at: Generated<Date>;
}
export type MeasureCheckItemRow = Selectable<MeasureCheckItemTable>;

/** The link of a hazard to the 判定 item version it was judged against (columns of `hazard`). */
export interface HazardCriterionColumns {
  criteria_item_id: string | null;
  criteria_item_version: number | null;
  criteria_origin: CriteriaLinkOrigin | null;
  /** Why the enterprise confirmed a linked hazard as 一般: the item does not apply. */
  criteria_dismissal: string | null;
}

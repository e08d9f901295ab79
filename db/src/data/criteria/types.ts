import type { CriteriaFidelity, CriteriaHolding, Industry } from '../../enums.js';

// The shape of the shipped 判定标准 data (db/src/data/criteria/*.ts), loaded by a migration.

export interface CriteriaItemSeed {
  /** As the standard numbers it, e.g. 第三条（一）; null when the source gives no number. */
  number: string | null;
  /** False when the number was inferred (from an order or a cross-reference), not read. */
  numberConfirmed: boolean;
  /** The industry or area the standard files it under, as written (冶金, 通用（管理类）…). */
  area: string;
  /** The enterprise industries it concerns; empty: every industry the standard applies to. */
  industries: Industry[];
  text: string;
  fidelity: CriteriaFidelity;
  /** Where the text was taken from. */
  source: string;
  note?: string;
  /** Everyday words that find the item though its text does not contain them. */
  keywords?: string[];
}

export interface CriteriaStandardSeed {
  code: string;
  title: string;
  docNumber: string;
  issuer: string;
  publishedOn: string | null;
  effectiveFrom: string;
  /** The enterprise industries the standard is written for (its default applicability). */
  industries: Industry[];
  holding: CriteriaHolding;
  /** How many items the official text has, when known. */
  officialItemCount: number | null;
  /** False when the edition itself is inferred rather than read. */
  confirmed: boolean;
  officialSource: string | null;
  /** What the library holds of it and what it lacks. */
  coverage: string;
  note: string | null;
  items: CriteriaItemSeed[];
}

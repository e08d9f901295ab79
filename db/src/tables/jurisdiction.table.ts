import type { Generated, Insertable, Selectable } from 'kysely';
import type { JurisdictionLevel } from '../enums.js';

/** A node of the administrative tree, keyed by its division code (6 digits; towns 9). */
export interface JurisdictionTable {
  code: string;
  name: string;
  level: JurisdictionLevel;
  parent_code: string | null;
  /** Materialised path of codes, e.g. `/360000/360700/360735/`: a subtree is one prefix match. */
  path: string;
  created_at: Generated<Date>;
}
export type JurisdictionRow = Selectable<JurisdictionTable>;
export type NewJurisdiction = Insertable<JurisdictionTable>;

/** A configurable value of docs/domain.md overridden at one jurisdiction (inherited by its subtree). */
export interface JurisdictionSettingTable {
  jurisdiction_code: string;
  key: string;
  value: unknown;
  updated_at: Generated<Date>;
  updated_by: string | null;
}
export type JurisdictionSettingRow = Selectable<JurisdictionSettingTable>;

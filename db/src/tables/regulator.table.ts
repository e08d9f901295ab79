import type { Generated, Insertable, Selectable } from 'kysely';
import type {
  BlacklistState,
  CertificateState,
  StandardizationApplicationState,
  StandardizationLevel,
  SupervisionState,
} from '../enums.js';
import type { HazardAttachment } from './hazard.table.js';

// The regulator console of docs/domain.md sections 2 and 4 (migration 2026_11_23_2000).

/** One change of a jurisdiction's settings: who changed which key, from what to what. */
export interface JurisdictionSettingChangeTable {
  id: Generated<string>;
  jurisdiction_code: string;
  key: string;
  /** null: no override (the inherited value applied). */
  old_value: unknown;
  new_value: unknown;
  changed_by: string;
  changed_at: Generated<Date>;
}
export type JurisdictionSettingChangeRow = Selectable<JurisdictionSettingChangeTable>;

/** 挂牌督办: an agency supervises an open 重大隐患 of its subtree. */
export interface HazardSupervisionTable {
  enterprise_id: string;
  id: Generated<string>;
  hazard_id: string;
  agency_id: string;
  /** 督办编号, unique within the agency. */
  number: string;
  deadline: Date;
  requirements: string;
  state: SupervisionState;
  listed_by: string;
  listed_at: Generated<Date>;
  unlisted_by: string | null;
  unlisted_at: Date | null;
  unlist_note: string | null;
  /** The enterprise's jurisdiction, kept by triggers (the dashboard counts by it). */
  jurisdiction_code: Generated<string>;
}
export type HazardSupervisionRow = Selectable<HazardSupervisionTable>;
export type NewHazardSupervision = Insertable<HazardSupervisionTable>;

/** An enterprise's application for a 安全生产标准化 level. */
export interface StandardizationApplicationTable {
  enterprise_id: string;
  id: Generated<string>;
  level: StandardizationLevel;
  /** numeric(5,2): read back as a string by the drivers. */
  self_score: string | number;
  materials: Generated<HazardAttachment[]>;
  /** The grading authority: the agency of the level's tier over the enterprise. */
  authority_agency_id: string;
  state: StandardizationApplicationState;
  submitted_by: string;
  submitted_at: Generated<Date>;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_note: string | null;
  publicity_until: Date | null;
  decided_at: Date | null;
}
export type StandardizationApplicationRow = Selectable<StandardizationApplicationTable>;

/** A granted certificate; valid_from/valid_to are dates (China time). */
export interface StandardizationCertificateTable {
  enterprise_id: string;
  id: Generated<string>;
  application_id: string | null;
  number: string;
  level: StandardizationLevel;
  valid_from: string | Date;
  valid_to: string | Date;
  agency_id: string;
  granted_by: string | null;
  granted_at: Generated<Date>;
  state: CertificateState;
  ended_at: Date | null;
  ended_by: string | null;
  end_reason: string | null;
  /** The certificate this one replaced (a downgrade). */
  replaces_id: string | null;
  /** The enterprise's jurisdiction, kept by triggers (the dashboard counts by it). */
  jurisdiction_code: Generated<string>;
}
export type StandardizationCertificateRow = Selectable<StandardizationCertificateTable>;

/** 严重失信主体名单: one procedure against an enterprise, from proposal to removal. */
export interface BlacklistEntryTable {
  enterprise_id: string;
  id: Generated<string>;
  agency_id: string;
  state: BlacklistState;
  penalty_decision_number: string;
  reason: string;
  legal_basis: string;
  proposed_by: string;
  proposed_at: Generated<Date>;
  notified_at: Date | null;
  statement_due_at: Date | null;
  /** 陈述申辩 filed by the enterprise. */
  statement: string | null;
  statement_at: Date | null;
  decision_number: string | null;
  listed_at: Date | null;
  listed_until: Date | null;
  removed_at: Date | null;
  removal_kind: 'expired' | 'early' | null;
}
export type BlacklistEntryRow = Selectable<BlacklistEntryTable>;

export interface BlacklistEventTable {
  id: Generated<string>;
  enterprise_id: string;
  entry_id: string;
  action: string;
  from_state: BlacklistState | null;
  to_state: BlacklistState;
  actor_id: string | null;
  note: string | null;
  at: Generated<Date>;
}
export type BlacklistEventRow = Selectable<BlacklistEventTable>;

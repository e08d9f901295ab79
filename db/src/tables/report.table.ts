import type { Generated, Insertable, Selectable } from 'kysely';
import type { ReportKind, ReportRecipient, ReportState } from '../enums.js';

// 双报告 (docs/domain.md section 3). A report is drafted (by a move of a 重大隐患, or on demand by the
// 主要负责人), edited while a draft, and submitted at once to both recipients: the supervising
// agency and the workers' congress. Submitted, it is an immutable snapshot: `content` and its
// SHA-256 never change again (a trigger refuses any UPDATE or DELETE of a submitted row).

export interface ReportTable {
  enterprise_id: string;
  id: Generated<string>;
  kind: ReportKind;
  /** The hazard an event report is about (major_*); null for the periodic ones. */
  hazard_id: string | null;
  /** `2026Q3` or `2026` for the periodic ones; null for event reports. */
  period: string | null;
  state: ReportState;
  /** The report's JSON document; after submission, the snapshot that was hashed. */
  content: Record<string, unknown>;
  /** Lower-case hex SHA-256 of the canonical snapshot (reports/report-hash.ts); set on submission. */
  content_hash: string | null;
  /** The supervising agency it is addressed to (fixed on submission). */
  agency_id: string;
  due_at: Date;
  drafted_by: string;
  drafted_at: Date;
  submitted_by: string | null;
  submitted_at: Date | null;
  updated_at: Generated<Date>;
}
export type ReportRow = Selectable<ReportTable>;
export type NewReport = Insertable<ReportTable>;

/** 签收: one per recipient of a submitted report, never changed. */
export interface ReportAcknowledgementTable {
  enterprise_id: string;
  report_id: string;
  recipient: ReportRecipient;
  acknowledged_by: string;
  /** Kept as the name was when signing, as a receipt must be. */
  acknowledged_by_name: string;
  /** The signing agency (recipient `agency`). */
  agency_id: string | null;
  acknowledged_at: Date;
}
export type ReportAcknowledgementRow = Selectable<ReportAcknowledgementTable>;

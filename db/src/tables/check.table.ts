import type { Generated, Insertable, Selectable } from 'kysely';
import type { CheckKind, CheckResult, CustodyRole, UploadContentType } from '../enums.js';
import type { HazardAttachment } from './hazard.table.js';

// Photos (the file store behind attachment refs) and check records (排查记录, docs/domain.md
// section 1). Both owned by an enterprise: `enterprise_id` leads each key.

/** An uploaded photo; its `id` is the `ref` of an attachment. */
export interface UploadTable {
  enterprise_id: string;
  id: Generated<string>;
  name: string;
  content_type: UploadContentType;
  byte_size: number;
  data: Uint8Array;
  uploaded_by: string;
  uploaded_at: Generated<Date>;
}
export type UploadRow = Selectable<UploadTable>;

/**
 * One performed check: of a control measure for one window of its cycle, of a 重大危险源 by one
 * of its 包保责任人 for one window of the role's cadence (kind custody), or the 开车前检查 of a
 * run period (kind pre_start).
 */
export interface CheckRecordTable {
  enterprise_id: string;
  id: Generated<string>;
  kind: Generated<CheckKind>;
  measure_id: string | null;
  major_hazard_id: Generated<string | null>;
  custody_role: Generated<CustodyRole | null>;
  run_state_id: Generated<string | null>;
  /** The cycle window checked, [window_start, window_end); one record per measure and window. */
  window_start: Date;
  window_end: Date;
  result: CheckResult;
  note: string | null;
  attachments: HazardAttachment[];
  /** The hazard a "not ok" record opened. */
  hazard_id: string | null;
  recorded_by: string;
  /** When the server received it. */
  recorded_at: Generated<Date>;
  /** When it was made on the device, as the device says (an offline check synced later). */
  device_recorded_at: Date | null;
  /** The window had closed when the server received it (补录, or a check synced late). */
  late: Generated<boolean>;
}
export type CheckRecordRow = Selectable<CheckRecordTable>;
export type NewCheckRecord = Insertable<CheckRecordTable>;

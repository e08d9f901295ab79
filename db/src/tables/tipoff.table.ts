import type { Generated, Selectable } from 'kysely';
import type { TipoffKind, TipoffState, UploadContentType } from '../enums.js';

// Public tip-offs (隐患举报, migration 2026_11_23_2210). Owned by the reported enterprise (its id
// leads the keys), but read only by the agencies over it: the enterprise sees the hazard a
// verified tip-off opens, never the tip-off, its reporter or its receipt code.

export interface TipoffTable {
  enterprise_id: string;
  id: Generated<string>;
  /** SHA-256 (hex) of the receipt code; the code itself is only ever shown to the reporter. */
  receipt_hash: string;
  kind: TipoffKind;
  description: string;
  location: string | null;
  /** Both null: anonymous. */
  reporter_name: string | null;
  reporter_phone: string | null;
  state: TipoffState;
  filed_at: Generated<Date>;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  decided_by: string | null;
  decided_at: Date | null;
  /** Why it was not substantiated; shown to the reporter. */
  reject_reason: string | null;
  /** The hazard a verification opened (source 举报). */
  hazard_id: string | null;
  /** 罚款 and 奖励, in fen (分). */
  fine_fen: number | null;
  reward_fen: number | null;
  reward_recorded_by: string | null;
  reward_recorded_at: Date | null;
  reward_paid_on: string | null;
  reward_paid_by: string | null;
}
export type TipoffRow = Selectable<TipoffTable>;

/** A photo sent with a tip-off; kept apart from the enterprise's uploads, which it may read. */
export interface TipoffPhotoTable {
  enterprise_id: string;
  tipoff_id: string;
  id: Generated<string>;
  name: string;
  content_type: UploadContentType;
  byte_size: number;
  data: Uint8Array;
}

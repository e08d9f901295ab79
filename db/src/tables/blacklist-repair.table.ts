import type { Generated, Selectable } from 'kysely';
import type { BlacklistRepairState } from '../enums.js';

/** 信用修复: an enterprise's application for early removal of its listing (migration 2026_11_23_2130). */
export interface BlacklistRepairTable {
  enterprise_id: string;
  id: Generated<string>;
  entry_id: string;
  reason: string;
  applied_by: string;
  applied_at: Date;
  state: BlacklistRepairState;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
}
export type BlacklistRepairRow = Selectable<BlacklistRepairTable>;

import type { Generated, Selectable } from 'kysely';
import type { CertificateReviewDecision } from '../enums.js';

/**
 * A valid 标准化 certificate whose holder was listed as 严重失信, put to the certifying agency to
 * decide on its revocation (migration 2026_12_07_1100). Pending while `decision` is null.
 */
export interface CertificateReviewTable {
  enterprise_id: string;
  id: Generated<string>;
  certificate_id: string;
  blacklist_entry_id: string;
  /** The revocation reason the agency is asked about: 列入严重失信主体名单. */
  reason: string;
  opened_at: Date;
  decision: CertificateReviewDecision | null;
  decided_by: string | null;
  decided_at: Date | null;
  note: string | null;
}
export type CertificateReviewRow = Selectable<CertificateReviewTable>;

import type { CertificateRevocationReason } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { daysLeft, expiredAt } from './certificate-dates.js';
import { applicationActions, certificateActions } from './standardization.access.js';
import type { ApplicationView, CertificateView } from './standardization.repository.js';
import type { ApplicationDto, CertificateDto } from './standardization.schemas.js';

// Rows (snake_case, Dates) to the API's shapes (camelCase, ISO strings).

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

/** An application as `m` reads it, with what `m` may do with it. */
export const applicationDto = (a: ApplicationView, m: ActingMembership): ApplicationDto => ({
  id: a.id,
  enterpriseId: a.enterprise_id,
  enterpriseName: a.enterprise_name,
  level: a.level,
  selfScore: Number(a.self_score),
  materials: a.materials,
  authority: { id: a.authority_agency_id, name: a.authority_name },
  state: a.state,
  submittedAt: iso(a.submitted_at),
  reviewedAt: isoOrNull(a.reviewed_at),
  reviewNote: a.review_note,
  publicityUntil: isoOrNull(a.publicity_until),
  decidedAt: isoOrNull(a.decided_at),
  actions: applicationActions(m, a),
});

/**
 * A certificate as it stands at `now` (an active one past its last day reads as expired), with
 * what `m` may do with it.
 */
export function certificateDto(c: CertificateView, now: Date, m: ActingMembership): CertificateDto {
  const lapsed = c.state === 'active' && expiredAt(c.valid_to, now);
  const state = lapsed ? 'expired' : c.state;
  return {
    id: c.id,
    enterpriseId: c.enterprise_id,
    enterpriseName: c.enterprise_name,
    number: c.number,
    level: c.level,
    validFrom: c.valid_from,
    validTo: c.valid_to,
    daysLeft: state === 'active' ? daysLeft(c.valid_to, now) : null,
    agency: { id: c.agency_id, name: c.agency_name },
    grantedAt: iso(c.granted_at),
    state,
    endedAt: isoOrNull(c.ended_at),
    endReason: c.end_reason,
    replacesId: c.replaces_id,
    revocationReview: c.review_id
      ? {
          id: c.review_id,
          reason: c.review_reason as CertificateRevocationReason,
          blacklistEntryId: c.review_entry_id!,
          openedAt: iso(c.review_opened_at!),
        }
      : null,
    actions: certificateActions(m, c, state),
  };
}

import type { SupervisionView } from './supervision.repository.js';
import type * as repo from './supervision.repository.js';

// Rows (snake_case, Dates) to the API's shapes (camelCase, ISO strings).

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

export const supervisionDto = (s: SupervisionView) => ({
  id: s.id,
  hazardId: s.hazard_id,
  enterpriseId: s.enterprise_id,
  agency: { id: s.agency_id, name: s.agency_name },
  number: s.number,
  deadline: iso(s.deadline),
  requirements: s.requirements,
  state: s.state,
  listedAt: iso(s.listed_at),
  unlistedAt: isoOrNull(s.unlisted_at),
  unlistNote: s.unlist_note,
});

export const supervisionListItemDto = (s: SupervisionView) => ({
  ...supervisionDto(s),
  enterprise: {
    id: s.enterprise_id,
    name: s.enterprise_name,
    jurisdictionName: s.jurisdiction_name,
  },
  hazard: {
    id: s.hazard_id,
    description: s.hazard_description,
    state: s.hazard_state,
    deadline: isoOrNull(s.hazard_deadline),
    overdue: s.hazard_overdue,
  },
});

const SUMMARY_LENGTH = 60;

/** The public page names no one: the enterprise, a summary of the hazard, the 督办 dates. */
export const publicSupervisionDto = (s: Awaited<ReturnType<typeof repo.listPublic>>[number]) => ({
  id: s.id,
  number: s.number,
  enterpriseName: s.enterprise_name,
  hazardSummary:
    s.description.length > SUMMARY_LENGTH
      ? `${s.description.slice(0, SUMMARY_LENGTH)}…`
      : s.description,
  state: s.state,
  deadline: iso(s.deadline),
  listedAt: iso(s.listed_at),
  unlistedAt: isoOrNull(s.unlisted_at),
});

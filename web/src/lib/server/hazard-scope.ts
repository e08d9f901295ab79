import { error } from '@sveltejs/kit';
import type { HazardFilter } from '$lib/hazard-types';
import type { Membership, Role } from '$lib/types';
import { AGENCY_ROLES } from '$lib/vocabulary';
import { requireRole } from './guard';

// Who reads hazard pages, and whose hazards. Enterprise people read their own enterprise (from
// the session); a regulator reads its subtree, and one enterprise's hazard named by ?enterprise=
// (the API answers 404 outside its jurisdiction). Congress representatives get the notice board.

export const HAZARD_VIEWERS: readonly Role[] = [
  'enterprise_admin',
  'safety_manager',
  'worker',
  'agency_admin',
  'inspector',
];
export const HAZARD_MANAGERS: readonly Role[] = ['enterprise_admin', 'safety_manager'];
export const LEDGER_VIEWERS: readonly Role[] = [
  'enterprise_admin',
  'safety_manager',
  'agency_admin',
  'inspector',
];

export const isRegulator = (m: Membership) => AGENCY_ROLES.includes(m.role);

/** The enterprise a hazard page is about: the session's, or ?enterprise= for a regulator. */
export function hazardEnterprise(locals: App.Locals, url: URL) {
  const membership = requireRole(locals, HAZARD_VIEWERS);
  const enterpriseId = isRegulator(membership)
    ? url.searchParams.get('enterprise')
    : membership.enterpriseId;
  if (!enterpriseId) error(404, locals.t('errors.notFound'));
  return { membership, enterpriseId };
}

const FILTER_KEYS = ['state', 'grade', 'source', 'overdue'] as const;
const SUBTREE_KEYS = ['industry', 'jurisdictionCode', 'enterpriseId'] as const;

/** The list filters in the URL; the subtree ones only for a regulator. */
export function hazardFilter(url: URL, regulator: boolean): HazardFilter {
  const keys = regulator ? [...FILTER_KEYS, ...SUBTREE_KEYS] : FILTER_KEYS;
  const filter: HazardFilter = {};
  for (const key of keys) {
    const value = url.searchParams.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

export const filterQuery = (filter: HazardFilter) => {
  const query = new URLSearchParams(filter as Record<string, string>).toString();
  return query ? `?${query}` : '';
};

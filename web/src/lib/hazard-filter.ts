import type { Query } from '$lib/api/types';

// The hazard lists' filters in the URL. The subtree filters (industry, jurisdiction, enterprise)
// mean something only to a regulator, whose list spans enterprises.

export type HazardFilter = Omit<Query<'hazards.listAcross'>, 'cursor' | 'limit'>;

const FILTER_KEYS = ['state', 'grade', 'source', 'overdue'] as const;
const SUBTREE_KEYS = [
  'industry',
  'jurisdictionCode',
  'enterpriseId',
  'open',
  'closedFrom',
  'closedTo',
] as const;

/** The list filters in the URL; the subtree ones only across enterprises. */
export function hazardFilter(url: URL, acrossEnterprises: boolean): HazardFilter {
  const keys = acrossEnterprises ? [...FILTER_KEYS, ...SUBTREE_KEYS] : FILTER_KEYS;
  const filter: Record<string, string> = {};
  for (const key of keys) {
    const value = url.searchParams.get(key);
    if (value) filter[key] = value;
  }
  // The API checks each value against its closed set and names the field when it is not one.
  return filter as HazardFilter;
}

export const filterQuery = (filter: HazardFilter) => {
  const query = new URLSearchParams(filter as Record<string, string>).toString();
  return query ? `?${query}` : '';
};

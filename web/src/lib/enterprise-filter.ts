import type { EnterpriseFilter } from './types';

/** The registry's filters as they appear in its URL (also used by the export link). */
export function filterFrom(params: URLSearchParams): EnterpriseFilter {
  const param = (name: string) => params.get(name)?.trim() || undefined;
  const active = param('active');
  return {
    q: param('q'),
    industry: param('industry'),
    jurisdictionCode: param('jurisdictionCode'),
    active: active === 'true' || active === 'false' ? active : undefined,
  };
}

export function filterQuery(filter: EnterpriseFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

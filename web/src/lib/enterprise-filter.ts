import { INDUSTRIES, type Industry } from '@shuangfang/db/enums';
import type { EnterpriseFilter } from '$lib/api/types';

const isIndustry = (value: string | undefined): value is Industry =>
  (INDUSTRIES as readonly (string | undefined)[]).includes(value);

/** The registry's filters as they appear in its URL (also used by the export link). */
export function filterFrom(params: URLSearchParams): EnterpriseFilter {
  const param = (name: string) => params.get(name)?.trim() || undefined;
  const active = param('active');
  const industry = param('industry');
  return {
    q: param('q'),
    // A made-up industry in a typed URL is no filter, rather than a refused page.
    industry: isIndustry(industry) ? industry : undefined,
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

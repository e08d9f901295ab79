import type { Reply } from '$lib/api/types';
import { ok, type Api } from './api';

type Found = Reply<'criteria.searchForEnterprise'>;
export type CriterionSearch = Pick<Found, 'items' | 'total'> & { q: string; standard: string };

/**
 * The 判定 items an enterprise's hazard may be linked to (the API proposes only the standards that
 * apply to the enterprise), searched by words and narrowed to one of those standards. The hazard
 * form and the triage form send it with a submit button of their own, so the search works
 * without JavaScript and what was typed in the rest of the form comes back with the results.
 */
export async function searchCriteria(
  api: Api,
  enterpriseId: string,
  q: string,
  standard: string,
): Promise<CriterionSearch> {
  const found = await ok(
    api.GET('/api/v1/enterprises/{enterpriseId}/criteria-items', {
      params: {
        path: { enterpriseId },
        query: { q: q || undefined, standard: standard || undefined, limit: 30 },
      },
    }),
  );
  return { items: found.items, total: found.total, q, standard };
}

/** The standards that apply to the enterprise (what the picker offers to narrow by). */
export async function applicableStandards(api: Api, enterpriseId: string) {
  const found = await ok(
    api.GET('/api/v1/enterprises/{enterpriseId}/criteria-items', {
      params: { path: { enterpriseId }, query: { limit: 1 } },
    }),
  );
  return found.standards;
}

/** The form fields of the picker. */
export const CRITERION_FIELDS = ['criterionQ', 'criterionStandard', 'criterionItemId'] as const;

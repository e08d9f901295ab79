import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import { toTree } from '$lib/jurisdiction-tree';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  requireOperation(locals, 'enterprises.list');
  const { items } = await ok(locals.api.GET('/api/v1/jurisdictions')).catch(pageError);
  // Each count is the registry's total for that subtree (one small query per jurisdiction; an
  // agency's subtree is at most a few hundred rows).
  const counts = await Promise.all(
    items.map((j) =>
      ok(
        locals.api.GET('/api/v1/enterprises', {
          params: { query: { jurisdictionCode: j.code, active: 'true', limit: 1 } },
        }),
      ).then((page) => page.total),
    ),
  ).catch(pageError);
  const countByCode = new Map(items.map((j, i) => [j.code, counts[i] ?? 0]));
  return { rows: toTree(items).map((row) => ({ ...row, enterprises: countByCode.get(row.code) })) };
};

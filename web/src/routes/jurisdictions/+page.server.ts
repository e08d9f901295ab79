import { pageError } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import { toTree } from '$lib/jurisdiction-tree';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  requireRole(locals, ['agency_admin', 'inspector']);
  const { items } = await locals.api.jurisdictions.list().catch(pageError);
  // Each count is the registry's total for that subtree (one small query per jurisdiction; an
  // agency's subtree is at most a few hundred rows).
  const counts = await Promise.all(
    items.map((j) =>
      locals.api.enterprises
        .list({ jurisdictionCode: j.code, active: 'true', limit: 1 })
        .then((page) => page.total),
    ),
  ).catch(pageError);
  const countByCode = new Map(items.map((j, i) => [j.code, counts[i] ?? 0]));
  return { rows: toTree(items).map((row) => ({ ...row, enterprises: countByCode.get(row.code) })) };
};

import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import { toTree } from '$lib/jurisdiction-tree';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  requireOperation(locals, 'enterprises.list');
  const [{ items }, counts] = await Promise.all([
    ok(locals.api.GET('/api/v1/jurisdictions')),
    ok(locals.api.GET('/api/v1/enterprises/counts')),
  ]).catch(pageError);
  // Each count is the registry's total for that subtree, all of them from one request.
  const countByCode = new Map(counts.items.map((c) => [c.jurisdictionCode, c.active]));
  return { rows: toTree(items).map((row) => ({ ...row, enterprises: countByCode.get(row.code) })) };
};

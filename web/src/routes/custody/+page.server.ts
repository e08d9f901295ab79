import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

// The regulator's roll-up of 包保责任制 across its jurisdiction: each 重大危险源's three 包保责任人
// with the month's completion, those behind (a missed check) first to see.
export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperation(locals, 'majorHazards.subtreeCompletion');
  const behind = url.searchParams.get('all') === 'true' ? undefined : ('true' as const);
  const query = { month: url.searchParams.get('month') || undefined, behind };
  const completion = await ok(
    locals.api.GET('/api/v1/custody-completion', { params: { query } }),
  ).catch(pageError);
  return { completion, all: behind === undefined };
};

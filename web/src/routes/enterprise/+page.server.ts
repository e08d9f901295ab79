import { error } from '@sveltejs/kit';
import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import { can, membershipOf } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

// Every member of an enterprise may read its registry entry; only regulators change it. Its
// standardization certificate (or how the last one ended) is shown with it, and to those who may
// read them (its managers) a blacklist notice or listing in force.
export const load: PageServerLoad = async ({ locals }) => {
  const { enterpriseId } = membershipOf(locals);
  if (!enterpriseId) error(404, locals.t('errors.notFound'));
  const path = { path: { enterpriseId } };
  const [enterprise, standardization, blacklist] = await Promise.all([
    ok(locals.api.GET('/api/v1/enterprises/{id}', { params: { path: { id: enterpriseId } } })),
    ok(locals.api.GET('/api/v1/enterprises/{enterpriseId}/standardization', { params: path })),
    can(locals, 'blacklist.listForEnterprise')
      ? ok(locals.api.GET('/api/v1/enterprises/{enterpriseId}/blacklist', { params: path }))
      : { items: [] },
  ]).catch(pageError);
  return { enterprise, standardization, blacklist: blacklist.items };
};

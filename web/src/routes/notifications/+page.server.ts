import { redirect } from '@sveltejs/kit';
import { ok } from '$lib/server/api';
import { pageError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  if (!locals.me) redirect(303, '/login');
  return { notifications: await ok(locals.api.GET('/api/v1/notifications')).catch(pageError) };
};

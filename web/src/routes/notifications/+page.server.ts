import { redirect } from '@sveltejs/kit';
import { pageError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  if (!locals.me) redirect(303, '/login');
  return { notifications: await locals.api.notifications().catch(pageError) };
};

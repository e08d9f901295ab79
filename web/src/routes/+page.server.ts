import { redirect } from '@sveltejs/kit';
import { menuFor } from '$lib/menu';
import type { PageServerLoad } from './$types';

// Home is the first page the acting role may use; a user with no identity stays here.
export const load: PageServerLoad = ({ locals }) => {
  const first = menuFor(locals.me?.membership?.role)[0];
  if (first) redirect(303, first.href);
};

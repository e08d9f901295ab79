import { redirect } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE } from '$lib/i18n';
import { localPath } from '$lib/server/redirect-target';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

const YEAR = 365 * 24 * 3600;

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const locale = form.get('locale');
    if (isLocale(locale)) {
      cookies.set(LOCALE_COOKIE, locale, {
        path: '/',
        maxAge: YEAR,
        httpOnly: false,
        sameSite: 'lax',
        secure: url.protocol === 'https:',
      });
    }
    redirect(303, localPath(form.get('redirectTo')));
  },
};

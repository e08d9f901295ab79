import type { Handle } from '@sveltejs/kit';
import { LOCALE_COOKIE, loadLocale, pickLocale, translator } from '$lib/i18n';
import { ApiError, createApi, ok } from '$lib/server/api';

// Pages anyone may open: logging in, and choosing the language to log in with.
const PUBLIC_PATHS = new Set(['/login', '/locale']);
// A posted board's QR code opens /b/<token> on any phone, without an account: the token is the key.
// Everything under /public is for anyone: the blacklist and standardization queries, agencies'
// published results, tip-offs.
const isPublic = (path: string) =>
  PUBLIC_PATHS.has(path) ||
  path.startsWith('/b/') ||
  path === '/public' ||
  path.startsWith('/public/');
// Pages open while the initial password is still to be changed.
const PASSWORD_PATHS = new Set(['/password', '/logout', '/locale']);

const seeOther = (location: string) => new Response(null, { status: 303, headers: { location } });

export const handle: Handle = async ({ event, resolve }) => {
  const locale = pickLocale(event.cookies.get(LOCALE_COOKIE));
  event.locals.locale = locale;
  await loadLocale(locale);
  event.locals.t = translator(locale);
  event.locals.api = createApi(event);
  event.locals.me = null;

  // Anonymous visitors have no session cookie: no need to ask the API who they are.
  if (event.cookies.get('sf_session')) {
    try {
      event.locals.me = await ok(event.locals.api.GET('/api/v1/auth/me'));
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) throw e;
    }
  }

  const path = event.url.pathname;
  const me = event.locals.me;
  if (!me && !isPublic(path)) return seeOther('/login');
  if (me?.user.mustChangePassword && !PASSWORD_PATHS.has(path)) return seeOther('/password');
  if (me && path === '/login' && event.request.method === 'GET') return seeOther('/');

  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', locale),
  });
};

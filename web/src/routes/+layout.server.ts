import { menuFor } from '$lib/menu';
import { ok } from '$lib/server/api';
import type { LayoutServerLoad } from './$types';

// The shell needs who is acting and what they may open; nothing else about the session.
export const load: LayoutServerLoad = async ({ locals }) => {
  const me = locals.me;
  // The bell's count; the shell still renders if it cannot be read (it is a hint, not the data).
  const notificationCount =
    me?.membership && !me.user.mustChangePassword
      ? await ok(locals.api.GET('/api/v1/notifications'))
          .then((n) => n.count)
          .catch(() => null)
      : null;
  return {
    locale: locals.locale,
    menu: menuFor(me?.membership?.role),
    notificationCount,
    viewer: me
      ? {
          displayName: me.user.displayName,
          mustChangePassword: me.user.mustChangePassword,
          membership: me.membership,
          memberships: me.memberships,
        }
      : null,
  };
};

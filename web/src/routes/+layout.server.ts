import { menuFor } from '$lib/menu';
import type { LayoutServerLoad } from './$types';

// The shell needs who is acting and what they may open; nothing else about the session.
export const load: LayoutServerLoad = ({ locals }) => {
  const me = locals.me;
  return {
    locale: locals.locale,
    menu: menuFor(me?.membership?.role),
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

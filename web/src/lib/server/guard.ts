import { error, redirect } from '@sveltejs/kit';
import type { Membership, Role } from '$lib/types';

/** The acting membership when it has one of `roles`; otherwise the page is refused (403). */
export function requireRole(locals: App.Locals, roles: readonly Role[]): Membership {
  if (!locals.me) redirect(303, '/login');
  const membership = locals.me.membership;
  if (!membership || !roles.includes(membership.role)) error(403, locals.t('errors.forbidden'));
  return membership;
}

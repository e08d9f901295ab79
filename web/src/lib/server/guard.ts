import { error, redirect } from '@sveltejs/kit';
import type { Membership, OperationId } from '$lib/api/types';

// What a page may show is the API's to say. The acting membership's operations come from
// /auth/me (the API reads them off its own route gates); a record's actions come with the record.
// Pages ask these, never a role.

/** The acting membership (anonymous visitors were already sent to /login by the hooks). */
export function membershipOf(locals: App.Locals): Membership {
  if (!locals.me) redirect(303, '/login');
  const membership = locals.me.membership;
  if (!membership) error(403, locals.t('errors.forbidden'));
  return membership;
}

/** Whether the acting membership may call `operation` at all. */
export const can = (locals: App.Locals, operation: OperationId) =>
  locals.me?.operations.includes(operation) ?? false;

/** A page for those who may call `operation`: anyone else gets 403. */
export function requireOperation(locals: App.Locals, operation: OperationId): Membership {
  const membership = membershipOf(locals);
  if (!can(locals, operation)) error(403, locals.t('errors.forbidden'));
  return membership;
}

/**
 * The enterprise a page is about: an enterprise member's own (from the session, never the
 * request), or for a regulator the one named by ?enterprise= (the API answers 404 outside its
 * jurisdiction). The query to keep on links and forms comes along.
 */
export function enterpriseOf(locals: App.Locals, url: URL) {
  const membership = membershipOf(locals);
  const named = membership.agencyId ? url.searchParams.get('enterprise') : null;
  const enterpriseId = membership.enterpriseId ?? named;
  if (!enterpriseId) error(404, locals.t('errors.notFound'));
  return {
    membership,
    enterpriseId,
    query: named ? `?enterprise=${encodeURIComponent(named)}` : '',
  };
}

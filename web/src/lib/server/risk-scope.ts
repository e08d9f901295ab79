import { error } from '@sveltejs/kit';
import type { Role } from '$lib/types';
import { AGENCY_ROLES, ENTERPRISE_ROLES } from '$lib/vocabulary';
import { requireRole } from './guard';

export const RISK_WRITERS: readonly Role[] = ['enterprise_admin', 'safety_manager'];

export interface RiskScope {
  enterpriseId: string;
  canWrite: boolean;
  /** Regulators look at an enterprise named in the query; keep it on links and forms. */
  query: string;
}

/**
 * Whose register a page shows. An enterprise member always sees their own enterprise (the id comes
 * from the session, never the request); a regulator names one with ?enterprise= and reads only —
 * the API refuses it if that enterprise is outside their jurisdiction.
 */
export function riskScope(locals: App.Locals, url: URL): RiskScope {
  const membership = requireRole(locals, [...ENTERPRISE_ROLES, ...AGENCY_ROLES]);
  if (AGENCY_ROLES.includes(membership.role)) {
    const enterpriseId = url.searchParams.get('enterprise');
    if (!enterpriseId) error(404, locals.t('errors.notFound'));
    return {
      enterpriseId,
      canWrite: false,
      query: `?enterprise=${encodeURIComponent(enterpriseId)}`,
    };
  }
  if (!membership.enterpriseId) error(404, locals.t('errors.notFound'));
  return {
    enterpriseId: membership.enterpriseId,
    canWrite: RISK_WRITERS.includes(membership.role),
    query: '',
  };
}

/** For actions: only the enterprise's own managers write, and only to their enterprise. */
export function requireRiskWriter(locals: App.Locals): string {
  const membership = requireRole(locals, RISK_WRITERS);
  if (!membership.enterpriseId) error(404, locals.t('errors.notFound'));
  return membership.enterpriseId;
}

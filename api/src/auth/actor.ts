import type { Role } from '@shuangfang/db';

/** The membership a request acts as, resolved from the session (never from the request). */
export interface ActingMembership {
  id: string;
  role: Role;
  enterpriseId: string | null;
  agencyId: string | null;
  /** The agency's jurisdiction (agency roles) or the enterprise's (enterprise roles). */
  jurisdictionCode: string | null;
  /** Materialised path of that jurisdiction: an agency sees every code whose path starts with it. */
  jurisdictionPath: string | null;
  /**
   * An agency's subtree, read with the session so that a list over it needs no lookup of its own:
   * the codes of its jurisdictions, in code order, when there are at most `SMALL_SUBTREE`
   * (auth/scope.ts); null when there are more. Absent for enterprise roles.
   */
  subtreeCodes?: string[] | null;
}

export interface Actor {
  userId: string;
  sessionId: string;
  displayName: string;
  mustChangePassword: boolean;
  membership: ActingMembership | null;
}

/** The caller as services see it: the acting membership and the person behind it (events and
 * logs name them). Built once per request by `whoOf` in `middlewares/access.ts`. */
export type Who = ActingMembership & { userId: string; displayName: string };

import type { Database, Role } from '@shuangfang/db';
import type { ExpressionBuilder } from 'kysely';
import type { ActingMembership } from '../../auth/actor.js';
import { pathUnder } from '../../auth/scope.js';

// Accounts are created and managed by the level above (docs/domain.md section 7):
// platform admin → agency admins; agency admin → its inspectors and the admins of enterprises in
// its subtree; enterprise admin → its own safety managers, workers and congress reps.

const CREATABLE_ROLES: Partial<Record<Role, Role[]>> = {
  platform_admin: ['agency_admin'],
  agency_admin: ['inspector', 'enterprise_admin'],
  enterprise_admin: ['safety_manager', 'worker', 'congress_rep'],
};

export const canCreate = (actorRole: Role, role: Role) =>
  (CREATABLE_ROLES[actorRole] ?? []).includes(role);

type MembershipEb = ExpressionBuilder<Database & { m: Database['membership'] }, 'm'>;

/** A filter on `membership` (aliased `m`) keeping the memberships this actor manages. */
export function managedBy(actor: ActingMembership) {
  return (eb: MembershipEb) => {
    switch (actor.role) {
      case 'platform_admin':
        return eb('m.role', '=', 'agency_admin');
      case 'agency_admin':
        return eb.or([
          eb.and([eb('m.role', '=', 'inspector'), eb('m.agency_id', '=', actor.agencyId)]),
          eb.and([
            eb('m.role', '=', 'enterprise_admin'),
            eb(
              'm.enterprise_id',
              'in',
              eb
                .selectFrom('enterprise as e')
                .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
                .select('e.id')
                .where(pathUnder('j.path', actor.jurisdictionPath ?? '/none/')),
            ),
          ]),
        ]);
      case 'enterprise_admin':
        return eb.and([
          eb('m.role', 'in', ['safety_manager', 'worker', 'congress_rep']),
          eb('m.enterprise_id', '=', actor.enterpriseId),
        ]);
      default:
        return eb.lit(false);
    }
  };
}

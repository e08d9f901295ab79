import type { Executor } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';

/**
 * The membership as a request would act with it, for the demo history and tests that replay the
 * standardization flow at supplied times through the same services as the API.
 */
export async function actingAs(db: Executor, membershipId: string): Promise<Who> {
  const m = await db
    .selectFrom('membership as m')
    .leftJoin('agency as a', 'a.id', 'm.agency_id')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .leftJoin('enterprise as e', 'e.id', 'm.enterprise_id')
    .innerJoin('jurisdiction as j', (join) =>
      join.on((eb) =>
        eb('j.code', '=', eb.fn.coalesce('a.jurisdiction_code', 'e.jurisdiction_code')),
      ),
    )
    .select([
      'm.id',
      'm.user_id',
      'u.display_name',
      'm.role',
      'm.enterprise_id',
      'm.agency_id',
      'j.code as jurisdiction_code',
      'j.path as jurisdiction_path',
    ])
    .where('m.id', '=', membershipId)
    .executeTakeFirstOrThrow();
  return {
    id: m.id,
    userId: m.user_id,
    displayName: m.display_name,
    role: m.role,
    enterpriseId: m.enterprise_id,
    agencyId: m.agency_id,
    jurisdictionCode: m.jurisdiction_code,
    jurisdictionPath: m.jurisdiction_path,
  };
}

import type { EnterpriseDuty, Executor } from '@shuangfang/db';

// The SQL of duty assignments: which accounts of an enterprise sign which permit step, and who
// may publish the daily commitment for the 主要负责人.

/** The enterprise's active accounts that can hold a duty (congress representatives cannot). */
export function members(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.display_name', 'm.role'])
    .where('m.enterprise_id', '=', enterpriseId)
    .where('m.active', '=', true)
    .where('u.active', '=', true)
    .where('m.role', '!=', 'congress_rep')
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
}

export function assignments(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('duty_assignment')
    .select(['user_id', 'duty'])
    .where('enterprise_id', '=', enterpriseId)
    .execute();
}

/** The duties one account holds. */
export async function dutiesOf(db: Executor, enterpriseId: string, userId: string) {
  const rows = await db
    .selectFrom('duty_assignment')
    .select('duty')
    .where('enterprise_id', '=', enterpriseId)
    .where('user_id', '=', userId)
    .execute();
  return new Set(rows.map((r) => r.duty));
}

export async function replaceHolders(
  db: Executor,
  enterpriseId: string,
  duty: EnterpriseDuty,
  userIds: string[],
  by: string,
) {
  await db
    .deleteFrom('duty_assignment')
    .where('enterprise_id', '=', enterpriseId)
    .where('duty', '=', duty)
    .execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('duty_assignment')
    .values(
      userIds.map((user_id) => ({ enterprise_id: enterpriseId, user_id, duty, assigned_by: by })),
    )
    .execute();
}

import type { Executor } from '@shuangfang/db';

// The dashboard's demo: a city regulator (赣州市) whose subtree holds the demo county (石城县),
// so the drill-down city → county → enterprise can be shown. Its figures come from the roll-ups
// the database's triggers keep while the rest of the demo loads.

export const DASHBOARD_CITY_ADMIN = {
  phone: '13800000070',
  name: '赣州市应急局管理员',
  jurisdictionCode: '360700',
};

export async function seedDashboard(db: Executor, passwordHash: string): Promise<void> {
  const u = DASHBOARD_CITY_ADMIN;
  const exists = await db
    .selectFrom('app_user')
    .select('id')
    .where('phone', '=', u.phone)
    .executeTakeFirst();
  if (exists) return;
  const agency = await db
    .selectFrom('agency')
    .select('id')
    .where('jurisdiction_code', '=', u.jurisdictionCode)
    .orderBy('created_at')
    .executeTakeFirstOrThrow();
  const { id } = await db
    .insertInto('app_user')
    .values({ phone: u.phone, display_name: u.name, password_hash: passwordHash })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('membership')
    .values({ user_id: id, role: 'agency_admin', agency_id: agency.id, enterprise_id: null })
    .execute();
}

import type { Executor } from '@shuangfang/db';

// 挂牌督办 in the demo: the county agency supervises the mine's 重大隐患 that is
// still open, listed by its inspector two days after the hazard was confirmed, with the hazard's
// own deadline. Idempotent: a hazard that already has a supervision is left as it is.

const DAY = 86_400_000;
const HAZARD = '炸药库周边防火隔离带杂草未清除，消防器材检查记录缺失';
const LISTED_DAYS_AGO = 17;

export async function seedSupervision(db: Executor): Promise<void> {
  const hazard = await db
    .selectFrom('hazard')
    .select(['enterprise_id', 'id', 'deadline'])
    .where('description', '=', HAZARD)
    .executeTakeFirst();
  if (!hazard?.deadline) return;
  const existing = await db
    .selectFrom('hazard_supervision')
    .select('id')
    .where('enterprise_id', '=', hazard.enterprise_id)
    .where('hazard_id', '=', hazard.id)
    .executeTakeFirst();
  if (existing) return;
  const inspector = await db
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id as userId', 'm.agency_id'])
    .where('u.phone', '=', '13800000002')
    .executeTakeFirstOrThrow();
  const listedAt = new Date(Date.now() - LISTED_DAYS_AGO * DAY);
  await db
    .insertInto('hazard_supervision')
    .values({
      enterprise_id: hazard.enterprise_id,
      hazard_id: hazard.id,
      agency_id: inspector.agency_id!,
      number: `石应急督〔${listedAt.getFullYear()}〕1号`,
      deadline: new Date(hazard.deadline),
      requirements: '炸药库周边局部停产；7日内清除隔离带可燃物，整改期间每日报送巡检记录',
      state: 'listed',
      listed_by: inspector.userId,
      listed_at: listedAt,
    })
    .execute();
}

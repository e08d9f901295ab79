import { listBlacklistEntry, notifyBlacklistEntry, proposeBlacklistEntry } from '@shuangfang/api';
import type { Db } from '@shuangfang/db';

// Two 严重失信 entries of the 石城县 agency, made through the procedure at past times: one listed
// 14 months ago (so 信用修复 can be applied for), one notified yesterday and awaiting the
// enterprise's 陈述申辩. Neither is the mine the demo users work at, so its standardization
// demo is not blocked.

const DAY = 86_400_000;
export const BLACKLIST_LISTED = '石城县宝福化工有限公司';
export const BLACKLIST_NOTIFIED = '石城县通天寨烟花爆竹有限公司';

export async function seedBlacklist(db: Db): Promise<void> {
  const agencyAdmin = await db
    .selectFrom('app_user as u')
    .innerJoin('membership as m', 'm.user_id', 'u.id')
    .innerJoin('agency as a', 'a.id', 'm.agency_id')
    .innerJoin('jurisdiction as j', 'j.code', 'a.jurisdiction_code')
    .select([
      'u.id',
      'u.display_name',
      'm.id as membershipId',
      'a.id as agencyId',
      'j.code',
      'j.path',
    ])
    .where('u.phone', '=', '13800000001')
    .executeTakeFirstOrThrow();
  const who = {
    id: agencyAdmin.membershipId,
    role: 'agency_admin' as const,
    enterpriseId: null,
    agencyId: agencyAdmin.agencyId,
    jurisdictionCode: agencyAdmin.code,
    jurisdictionPath: agencyAdmin.path,
    userId: agencyAdmin.id,
    displayName: agencyAdmin.display_name,
  };
  const now = Date.now();
  const enterpriseId = async (name: string) => {
    const e = await db
      .selectFrom('enterprise')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    const has = await db
      .selectFrom('blacklist_entry')
      .select('id')
      .where('enterprise_id', '=', e.id)
      .executeTakeFirst();
    return has ? null : e.id;
  };

  const chem = await enterpriseId(BLACKLIST_LISTED);
  if (chem) {
    const proposedAt = new Date(now - 440 * DAY);
    const entry = await proposeBlacklistEntry(
      db,
      who,
      chem,
      {
        penaltyDecisionNumber: '（石）应急罚〔2024〕31号',
        reason: '发生一起较大生产安全事故（3人死亡），对事故发生负有责任',
        legalBasis: '《安全生产严重失信主体名单管理办法》（应急管理部令第11号）第六条第一项',
      },
      proposedAt,
    );
    await notifyBlacklistEntry(db, who, chem, entry.id, new Date(proposedAt.getTime() + DAY));
    await listBlacklistEntry(
      db,
      who,
      chem,
      entry.id,
      { decisionNumber: '（石）应急失信〔2024〕1号' },
      new Date(now - 425 * DAY),
    );
  }

  const fireworks = await enterpriseId(BLACKLIST_NOTIFIED);
  if (fireworks) {
    const proposedAt = new Date(now - 2 * DAY);
    const entry = await proposeBlacklistEntry(
      db,
      who,
      fireworks,
      {
        penaltyDecisionNumber: '（石）应急罚〔2026〕8号',
        reason: '瞒报一起生产安全事故',
        legalBasis: '《安全生产严重失信主体名单管理办法》（应急管理部令第11号）第六条第二项',
      },
      proposedAt,
    );
    await notifyBlacklistEntry(db, who, fireworks, entry.id, new Date(now - DAY));
  }
}

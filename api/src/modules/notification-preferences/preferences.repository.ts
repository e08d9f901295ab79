import type { Executor, NotificationKind, PersonalChannel } from '@shuangfang/db';

export function findPreference(db: Executor, userId: string) {
  return db
    .selectFrom('notification_preference')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function accountOf(db: Executor, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['email', 'phone'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** The robot kinds the organisation has enabled now. */
export async function robotsOf(
  db: Executor,
  owner: { enterpriseId: string | null; agencyId: string | null },
) {
  if (!owner.enterpriseId && !owner.agencyId) return new Set<string>();
  const rows = await db
    .selectFrom('notification_channel')
    .select('kind')
    .where(
      owner.enterpriseId ? 'enterprise_id' : 'agency_id',
      '=',
      (owner.enterpriseId ?? owner.agencyId)!,
    )
    .where('enabled', '=', true)
    .where('archived_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.kind));
}

export async function savePreference(
  db: Executor,
  userId: string,
  values: {
    email: string | null;
    muted_kinds: NotificationKind[];
    channels: PersonalChannel[];
    quiet_start: number | null;
    quiet_end: number | null;
    digest_hour: number | null;
  },
) {
  await db
    .insertInto('notification_preference')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...values, updated_at: new Date() }))
    .execute();
}

import type { Executor, NewMembership, NewUser } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { managedBy } from './users.access.js';

interface UserFilter {
  q?: string;
  enterpriseId?: string;
  agencyId?: string;
  after?: [string, string];
  limit: number;
}

/** Users holding a membership the actor manages, ordered by name, one keyset page. */
export function listManagedUsers(db: Executor, actor: ActingMembership, f: UserFilter) {
  let query = db
    .selectFrom('app_user as u')
    .select(['u.id', 'u.display_name', 'u.phone', 'u.email', 'u.must_change_password'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('membership as m')
          .select('m.id')
          .whereRef('m.user_id', '=', 'u.id')
          .where(managedBy(actor))
          .$if(!!f.enterpriseId, (q) => q.where('m.enterprise_id', '=', f.enterpriseId!))
          .$if(!!f.agencyId, (q) => q.where('m.agency_id', '=', f.agencyId!)),
      ),
    )
    .orderBy('u.display_name')
    .orderBy('u.id')
    .limit(f.limit + 1);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([
        eb('u.display_name', 'like', like),
        eb('u.phone', 'like', like),
        eb('u.email', 'like', like),
      ]),
    );
  }
  if (f.after) {
    const [name, id] = f.after;
    query = query.where((eb) =>
      eb.or([
        eb('u.display_name', '>', name),
        eb.and([eb('u.display_name', '=', name), eb('u.id', '>', id)]),
      ]),
    );
  }
  return query.execute();
}

export function managedMemberships(db: Executor, actor: ActingMembership, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('membership as m')
    .leftJoin('enterprise as e', 'e.id', 'm.enterprise_id')
    .leftJoin('agency as a', 'a.id', 'm.agency_id')
    .select([
      'm.id',
      'm.user_id',
      'm.role',
      'm.enterprise_id',
      'e.name as enterprise_name',
      'm.agency_id',
      'a.name as agency_name',
      'm.active',
    ])
    .where('m.user_id', 'in', userIds)
    .where(managedBy(actor))
    .orderBy('m.created_at')
    .execute();
}

export function findManagedUser(db: Executor, actor: ActingMembership, userId: string) {
  return db
    .selectFrom('app_user as u')
    .select(['u.id', 'u.display_name', 'u.phone', 'u.email', 'u.must_change_password'])
    .where('u.id', '=', userId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('membership as m')
          .select('m.id')
          .whereRef('m.user_id', '=', 'u.id')
          .where(managedBy(actor)),
      ),
    )
    .executeTakeFirst();
}

/** Whether the user acts anywhere the actor does not manage (another enterprise or agency). */
export async function hasUnmanagedActiveMembership(
  db: Executor,
  actor: ActingMembership,
  userId: string,
) {
  const row = await db
    .selectFrom('membership as m')
    .select('m.id')
    .where('m.user_id', '=', userId)
    .where('m.active', '=', true)
    .where((eb) => eb.not(managedBy(actor)(eb)))
    .executeTakeFirst();
  return row !== undefined;
}

export function findUserByPhoneOrEmail(db: Executor, phone: string | null, email: string | null) {
  return db
    .selectFrom('app_user')
    .select(['id', 'phone', 'email'])
    .where((eb) =>
      eb.or([
        ...(phone ? [eb('phone', '=', phone)] : []),
        ...(email ? [eb('email', '=', email)] : []),
      ]),
    )
    .executeTakeFirst();
}

export async function insertUserWithMembership(
  db: Executor,
  user: NewUser,
  membership: Omit<NewMembership, 'user_id'>,
) {
  const { id } = await db
    .insertInto('app_user')
    .values(user)
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('membership')
    .values({ ...membership, user_id: id })
    .execute();
  return id;
}

/** (De)activates the memberships the actor manages; other organisations' are left alone. */
export async function setManagedMembershipsActive(
  db: Executor,
  actor: ActingMembership,
  userId: string,
  active: boolean,
) {
  const ids = (
    await db
      .selectFrom('membership as m')
      .select('m.id')
      .where('m.user_id', '=', userId)
      .where(managedBy(actor))
      .execute()
  ).map((m) => m.id);
  if (ids.length === 0) return;
  await db.updateTable('membership').set({ active }).where('id', 'in', ids).execute();
  // A session acting as a deactivated membership must stop at once, not at its idle expiry.
  if (!active) await db.deleteFrom('session').where('membership_id', 'in', ids).execute();
}

export async function setInitialPassword(db: Executor, userId: string, passwordHash: string) {
  await db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, must_change_password: true })
    .where('id', '=', userId)
    .execute();
  await db.deleteFrom('session').where('user_id', '=', userId).execute();
}

/** The enterprise's people in use, for the pickers that name one (plan owner, position staff). */
export function listEnterprisePeople(db: Executor, enterpriseId: string) {
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

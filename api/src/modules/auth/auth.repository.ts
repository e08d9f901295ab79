import type { Executor } from '@shuangfang/db';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { compiledOnce } from '../../lib/compiled-once.js';

const isPhone = (login: string) => /^1[3-9][0-9]{9}$/.test(login);

export function findUserByLogin(db: Executor, login: string) {
  const query = db.selectFrom('app_user').selectAll();
  return (
    isPhone(login)
      ? query.where('phone', '=', login)
      : query.where('email', '=', login.toLowerCase())
  ).executeTakeFirst();
}

// Read on every /auth/me (each page load of the web app), so compiled once (lib/compiled-once.ts).
const userById = compiledOnce(['id'], (db, { id }) =>
  db.selectFrom('app_user').selectAll().where('id', '=', id),
);

export async function findUserById(db: Executor, id: string) {
  const [user] = await userById(db, { id });
  return user;
}

/**
 * The memberships a user can act as, with their organisations' names, oldest first: active, in an
 * enterprise or agency that is itself active (a deactivated one keeps its records, not its users).
 */
const usableMemberships = (db: Executor) =>
  db
    .selectFrom('membership as m')
    .leftJoin('enterprise as e', 'e.id', 'm.enterprise_id')
    .leftJoin('agency as a', 'a.id', 'm.agency_id')
    .select([
      'm.id',
      'm.role',
      'm.enterprise_id',
      'm.agency_id',
      'e.name as enterprise_name',
      'a.name as agency_name',
    ])
    .select((eb) =>
      eb.fn.coalesce('a.jurisdiction_code', 'e.jurisdiction_code').as('jurisdiction_code'),
    )
    .where('m.active', '=', true)
    .where((eb) => eb.and([eb('e.active', 'is not', false), eb('a.active', 'is not', false)]))
    .orderBy('m.created_at')
    .orderBy('m.id');

const membershipsOf = compiledOnce(['userId'], (db, { userId }) =>
  usableMemberships(db).where('m.user_id', '=', userId),
);

export function listMemberships(db: Executor, userId: string) {
  return membershipsOf(db, { userId });
}

/** A user with the memberships it can act as, in one query: /auth/me runs on every page load. */
const userWithMemberships = compiledOnce(['id'], (db, { id }) =>
  db
    .selectFrom('app_user as u')
    .select(['u.id', 'u.display_name', 'u.phone', 'u.email', 'u.must_change_password'])
    .select(() =>
      jsonArrayFrom(usableMemberships(db).where('m.user_id', '=', sql.ref<string>('u.id'))).as(
        'memberships',
      ),
    )
    .where('u.id', '=', id),
);

export async function findUserWithMemberships(db: Executor, id: string) {
  const [user] = await userWithMemberships(db, { id });
  return user;
}

import type { Executor } from '@shuangfang/db';
import { sql } from 'kysely';
import type { AppConfig } from '../config.js';
import { compiledOnce } from '../lib/compiled-once.js';
import type { Actor } from './actor.js';
import { pathUnderColumn, SMALL_SUBTREE } from './scope.js';
import {
  generateSecureRandomString,
  hashSecret,
  secretMatches,
  splitToken,
} from './session-token.js';

export async function createSession(
  db: Executor,
  userId: string,
  membershipId: string | null,
): Promise<string> {
  const id = generateSecureRandomString();
  const secret = generateSecureRandomString();
  await db
    .insertInto('session')
    .values({ id, secret_hash: hashSecret(secret), user_id: userId, membership_id: membershipId })
    .execute();
  return `${id}.${secret}`;
}

interface ValidatedSession {
  actor: Actor;
  /** True when the expiry moved forward, so the cookie should be sent again. */
  refreshed: boolean;
}

/**
 * The session with its user, membership and the membership's jurisdiction: one query per request.
 * For an agency it also reads up to `SMALL_SUBTREE + 1` codes of the subtree (a short index range),
 * which spares the lists over a county or a city a round trip of their own.
 */
const sessionById = compiledOnce(['id'], (db, { id }) =>
  db
    .selectFrom('session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .leftJoin('membership as m', (j) =>
      j.onRef('m.id', '=', 's.membership_id').on('m.active', '=', true),
    )
    .leftJoin('agency as a', 'a.id', 'm.agency_id')
    .leftJoin('enterprise as e', 'e.id', 'm.enterprise_id')
    .leftJoin('jurisdiction as j', (join) =>
      join.on((eb) =>
        eb('j.code', '=', eb.fn.coalesce('a.jurisdiction_code', 'e.jurisdiction_code')),
      ),
    )
    .select([
      's.id',
      's.secret_hash',
      's.last_verified_at',
      'u.id as user_id',
      'u.display_name',
      'u.must_change_password',
      'u.active as user_active',
      'm.id as membership_id',
      'm.role',
      'm.enterprise_id',
      'm.agency_id',
      'e.active as enterprise_active',
      'a.active as agency_active',
      'j.code as jurisdiction_code',
      'j.path as jurisdiction_path',
    ])
    .select((eb) =>
      eb
        .selectFrom(
          eb
            .selectFrom('jurisdiction as sub')
            .select('sub.code')
            .where('m.agency_id', 'is not', null)
            .where(pathUnderColumn('sub.path', 'j.path'))
            .limit(SMALL_SUBTREE + 1)
            .as('few'),
        )
        .select(sql<string[] | null>`json_agg(few.code order by few.code)`.as('codes'))
        .as('subtree_codes'),
    )
    .where('s.id', '=', id),
);

/** Resolves a token to the acting user and membership; null for a bad, unknown or idle token. */
export async function validateSessionToken(
  db: Executor,
  token: string,
  config: AppConfig,
  now = new Date(),
): Promise<ValidatedSession | null> {
  const parts = splitToken(token);
  if (!parts) return null;
  const [row] = await sessionById(db, { id: parts.id });
  if (!row || !secretMatches(parts.secret, row.secret_hash)) return null;

  const idleFor = now.getTime() - new Date(row.last_verified_at).getTime();
  if (idleFor >= config.sessionIdleMs || !row.user_active) {
    await invalidateSession(db, row.id);
    return null;
  }
  const refreshed = idleFor >= config.sessionRefreshMs;
  if (refreshed) {
    await db
      .updateTable('session')
      .set({ last_verified_at: now })
      .where('id', '=', row.id)
      .execute();
  }

  // A deactivated enterprise or agency keeps its records, but its people can no longer act in it
  // (the same rule as listMemberships in the auth module).
  const membershipUsable =
    row.membership_id && row.role && row.enterprise_active !== false && row.agency_active !== false;
  return {
    refreshed,
    actor: {
      userId: row.user_id,
      sessionId: row.id,
      displayName: row.display_name,
      mustChangePassword: row.must_change_password,
      membership: membershipUsable
        ? {
            id: row.membership_id as string,
            role: row.role!,
            enterpriseId: row.enterprise_id,
            agencyId: row.agency_id,
            jurisdictionCode: row.jurisdiction_code,
            jurisdictionPath: row.jurisdiction_path,
            ...(row.agency_id && {
              subtreeCodes:
                (row.subtree_codes?.length ?? 0) > SMALL_SUBTREE ? null : (row.subtree_codes ?? []),
            }),
          }
        : null,
    },
  };
}

export async function invalidateSession(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', sessionId).execute();
}

/** After a password change every other device must log in again. */
export async function invalidateOtherSessions(
  db: Executor,
  userId: string,
  keepSessionId: string | null,
): Promise<void> {
  let query = db.deleteFrom('session').where('user_id', '=', userId);
  if (keepSessionId) query = query.where('id', '<>', keepSessionId);
  await query.execute();
}

export async function setSessionMembership(
  db: Executor,
  sessionId: string,
  membershipId: string,
): Promise<void> {
  await db
    .updateTable('session')
    .set({ membership_id: membershipId, last_verified_at: sql`now()` })
    .where('id', '=', sessionId)
    .execute();
}

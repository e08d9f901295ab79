import type { Db, Executor } from '@shuangfang/db';
import type { Actor } from '../../auth/actor.js';
import { hashPassword, passwordProblem, verifyPassword } from '../../auth/password.js';
import { tooManyRequests, type RateLimiter } from '../../auth/rate-limit.js';
import {
  createSession,
  invalidateOtherSessions,
  setSessionMembership,
} from '../../auth/session-store.js';
import { AppError, invalid, notFound } from '../../lib/errors.js';
import {
  findUserById,
  findUserByLogin,
  findUserWithMemberships,
  listMemberships,
} from './auth.repository.js';
import type { Me } from './auth.schemas.js';

/** Who the user is and may act as; the handlers add what the acting membership may call. */
export type UserView = Omit<Me, 'operations'>;

// Verifying against a real hash when the account does not exist keeps the answer time the same,
// so timing does not tell which phone numbers have accounts.
const dummyHash = hashPassword('timing-equaliser-0');

interface LoginLimits {
  perAccount: RateLimiter;
  perAddress: RateLimiter;
}

export async function login(
  db: Db,
  limits: LoginLimits,
  address: string,
  input: { login: string; password: string },
): Promise<{ token: string; me: UserView }> {
  // Counted before the password is checked (rate-limit.ts): a failure's count then stands, a
  // success clears the account's failures and takes back its count against the address.
  const accountKey = input.login.toLowerCase();
  const accountWait = await limits.perAccount.take(accountKey);
  if (accountWait > 0) throw tooManyRequests(accountWait, '登录尝试');
  const addressWait = await limits.perAddress.take(address);
  if (addressWait > 0) {
    await limits.perAccount.giveBack(accountKey);
    throw tooManyRequests(addressWait, '登录尝试');
  }

  const user = await findUserByLogin(db, input.login);
  const ok = await verifyPassword(user?.password_hash ?? (await dummyHash), input.password);
  if (!user || !ok || !user.active)
    throw new AppError(401, 'INVALID_CREDENTIALS', '账号或密码错误');
  await limits.perAccount.reset(accountKey);
  await limits.perAddress.giveBack(address);

  const memberships = await listMemberships(db, user.id);
  const first = memberships[0] ?? null;
  const token = await createSession(db, user.id, first?.id ?? null);
  return { token, me: await describeUser(db, user.id, first?.id ?? null) };
}

async function describeUser(
  db: Executor,
  userId: string,
  activeMembershipId: string | null,
): Promise<UserView> {
  const user = await findUserWithMemberships(db, userId);
  if (!user) throw notFound('用户');
  const memberships = user.memberships.map((m) => ({
    id: m.id,
    role: m.role,
    enterpriseId: m.enterprise_id,
    enterpriseName: m.enterprise_name,
    agencyId: m.agency_id,
    agencyName: m.agency_name,
    jurisdictionCode: m.jurisdiction_code,
  }));
  return {
    user: {
      id: user.id,
      displayName: user.display_name,
      phone: user.phone,
      email: user.email,
      mustChangePassword: user.must_change_password,
    },
    membership: memberships.find((m) => m.id === activeMembershipId) ?? null,
    memberships,
  };
}

export const describeActor = (db: Executor, actor: Actor) =>
  describeUser(db, actor.userId, actor.membership?.id ?? null);

export async function changePassword(
  db: Db,
  limits: LoginLimits,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<UserView> {
  // A stolen session must not become a way to guess the password: the same per-account limit
  // as logins applies to wrong current passwords.
  const key = `password-change:${actor.userId}`;
  const wait = await limits.perAccount.take(key);
  if (wait > 0) throw tooManyRequests(wait, '密码验证');
  const user = await findUserById(db, actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw invalid('currentPassword', '当前密码不正确');
  }
  await limits.perAccount.reset(key);
  const problem = passwordProblem(input.newPassword);
  if (problem) throw invalid('newPassword', problem);
  if (input.newPassword === input.currentPassword) {
    throw invalid('newPassword', '新密码不能与当前密码相同');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, must_change_password: false })
      .where('id', '=', actor.userId)
      .execute();
    await invalidateOtherSessions(trx, actor.userId, actor.sessionId);
  });
  return describeActor(db, { ...actor, mustChangePassword: false });
}

export async function switchMembership(
  db: Db,
  actor: Actor,
  membershipId: string,
): Promise<UserView> {
  const usable = (await listMemberships(db, actor.userId)).find((m) => m.id === membershipId);
  if (!usable) throw notFound('身份');
  await setSessionMembership(db, actor.sessionId, membershipId);
  return describeUser(db, actor.userId, membershipId);
}

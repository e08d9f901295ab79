import type { Db, Role } from '@shuangfang/db';
import type { ActingMembership, Actor } from '../../auth/actor.js';
import { generateInitialPassword, hashPassword } from '../../auth/password.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { canCreate, CREATABLE_ROLES } from './users.access.js';
import * as repo from './users.repository.js';

type UserRow = NonNullable<Awaited<ReturnType<typeof repo.findManagedUser>>>;
type MembershipRow = Awaited<ReturnType<typeof repo.managedMemberships>>[number];

function toDto(user: UserRow, memberships: MembershipRow[]) {
  const own = memberships.filter((m) => m.user_id === user.id);
  return {
    id: user.id,
    displayName: user.display_name,
    phone: user.phone,
    email: user.email,
    active: own.some((m) => m.active),
    mustChangePassword: user.must_change_password,
    memberships: own.map((m) => ({
      id: m.id,
      role: m.role,
      enterpriseId: m.enterprise_id,
      enterpriseName: m.enterprise_name,
      agencyId: m.agency_id,
      agencyName: m.agency_name,
      active: m.active,
    })),
  };
}

export async function list(
  db: Db,
  actor: ActingMembership,
  query: { q?: string; enterpriseId?: string; agencyId?: string; limit: number; cursor?: string },
) {
  if (query.enterpriseId) await requireEnterpriseInScope(db, actor, query.enterpriseId);
  const rows = await repo.listManagedUsers(db, actor, {
    ...query,
    after: decodeCursor(query.cursor),
  });
  const page = toPage(rows, query.limit, (u) => [u.display_name, u.id]);
  const memberships = await repo.managedMemberships(
    db,
    actor,
    page.items.map((u) => u.id),
  );
  return {
    items: page.items.map((u) => toDto(u, memberships)),
    nextCursor: page.nextCursor,
    creatableRoles: CREATABLE_ROLES[actor.role] ?? [],
  };
}

async function view(db: Db, actor: ActingMembership, userId: string) {
  const user = await repo.findManagedUser(db, actor, userId);
  if (!user) throw notFound('用户');
  return toDto(user, await repo.managedMemberships(db, actor, [userId]));
}

/** Where the new membership belongs, from the role and the creator's own organisation. */
async function placeMembership(
  db: Db,
  actor: ActingMembership,
  input: { role: Role; enterpriseId: string | null; agencyId: string | null },
) {
  switch (input.role) {
    case 'agency_admin': {
      if (!input.agencyId) throw invalid('agencyId', '创建机构管理员须指定所属机构');
      const agency = await db
        .selectFrom('agency')
        .select('id')
        .where('id', '=', input.agencyId)
        .executeTakeFirst();
      if (!agency) throw invalid('agencyId', '机构不存在');
      return { agency_id: input.agencyId, enterprise_id: null };
    }
    case 'inspector':
      if (input.agencyId && input.agencyId !== actor.agencyId) throw notFound('机构');
      return { agency_id: actor.agencyId, enterprise_id: null };
    case 'enterprise_admin':
      if (!input.enterpriseId) throw invalid('enterpriseId', '创建企业主要负责人须指定企业');
      await requireEnterpriseInScope(db, actor, input.enterpriseId);
      return { agency_id: null, enterprise_id: input.enterpriseId };
    default:
      if (input.enterpriseId && input.enterpriseId !== actor.enterpriseId) throw notFound('企业');
      return { agency_id: null, enterprise_id: actor.enterpriseId };
  }
}

export async function create(
  db: Db,
  actor: Actor,
  m: ActingMembership,
  input: {
    displayName: string;
    phone: string | null;
    email: string | null;
    role: Role;
    enterpriseId: string | null;
    agencyId: string | null;
  },
) {
  if (!canCreate(m.role, input.role)) throw forbidden(`当前角色不能创建 ${input.role} 账号`);
  if (!input.phone && !input.email) throw invalid('phone', '手机号与电子邮箱至少填写一项');
  const place = await placeMembership(db, m, input);
  const taken = await repo.findUserByPhoneOrEmail(db, input.phone, input.email);
  if (taken) {
    const field =
      input.phone && taken.phone === input.phone ? `手机号 ${input.phone}` : `邮箱 ${input.email}`;
    throw conflict(`${field} 已被其他账号使用`);
  }
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  const userId = await db.transaction().execute((trx) =>
    repo.insertUserWithMembership(
      trx,
      {
        display_name: input.displayName,
        phone: input.phone,
        email: input.email,
        password_hash: passwordHash,
        must_change_password: true,
        created_by: actor.userId,
      },
      { role: input.role, ...place },
    ),
  );
  return { user: await view(db, m, userId), initialPassword };
}

export async function resetPassword(db: Db, m: ActingMembership, userId: string) {
  await view(db, m, userId);
  // The password opens every membership of the account: handing it out is only for whoever
  // manages all of them, or an admin could take over the account's role elsewhere.
  if (await repo.hasUnmanagedActiveMembership(db, m, userId)) {
    throw forbidden('该账号在其他单位另有身份，不能由本单位重置密码');
  }
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  await db.transaction().execute((trx) => repo.setInitialPassword(trx, userId, passwordHash));
  return { initialPassword };
}

export async function setActive(
  db: Db,
  actor: Actor,
  m: ActingMembership,
  userId: string,
  active: boolean,
) {
  if (userId === actor.userId) throw invalid('id', '不能停用自己的账号');
  await view(db, m, userId);
  await db.transaction().execute((trx) => repo.setManagedMembershipsActive(trx, m, userId, active));
  return view(db, m, userId);
}

/**
 * The enterprise's people a manager may name: a plan's responsible user, a position's workers.
 * Congress representatives are not among them: they read, they are not assigned.
 */
export async function enterprisePeople(db: Db, who: ActingMembership, enterpriseId: string) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const rows = await repo.listEnterprisePeople(db, enterprise.id);
  return { items: rows.map((r) => ({ id: r.id, name: r.display_name, role: r.role })) };
}

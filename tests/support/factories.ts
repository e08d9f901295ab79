import { createSession, hashPassword, SESSION_COOKIE, withCheckCharacter } from '@shuangfang/api';
import type { Db, Industry, JurisdictionLevel, Role } from '@shuangfang/db';

// Factories write straight to the database: each test says what it needs and nothing else.

let counter = 0;
const next = () => ++counter;

export const TEST_PASSWORD = 'Passw0rd1';
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export async function makeJurisdiction(
  db: Db,
  j: { code: string; name?: string; level: JurisdictionLevel; parentCode?: string },
) {
  const parent = j.parentCode
    ? await db
        .selectFrom('jurisdiction')
        .select('path')
        .where('code', '=', j.parentCode)
        .executeTakeFirstOrThrow()
    : null;
  const path = `${parent?.path ?? '/'}${j.code}/`;
  await db
    .insertInto('jurisdiction')
    .values({
      code: j.code,
      name: j.name ?? `区划${j.code}`,
      level: j.level,
      parent_code: j.parentCode ?? null,
      path,
    })
    .execute();
  return { code: j.code, path };
}

export async function makeAgency(db: Db, jurisdictionCode: string, name?: string) {
  const { id } = await db
    .insertInto('agency')
    .values({
      jurisdiction_code: jurisdictionCode,
      name: name ?? `应急管理局${jurisdictionCode}-${next()}`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** A valid credit code, unique within the run. */
export function makeCreditCode(divisionCode = '360735'): string {
  const serial = String(next()).padStart(9, '0');
  return withCheckCharacter(`91${divisionCode}${serial}`);
}

export async function makeEnterprise(
  db: Db,
  e: {
    jurisdictionCode: string;
    agencyId: string;
    name?: string;
    industry?: Industry;
    active?: boolean;
  },
) {
  const creditCode = makeCreditCode(e.jurisdictionCode.slice(0, 6));
  const { id } = await db
    .insertInto('enterprise')
    .values({
      credit_code: creditCode,
      name: e.name ?? `测试企业${next()}有限公司`,
      industry: e.industry ?? '机械',
      scale: '小型',
      address: '测试路1号',
      jurisdiction_code: e.jurisdictionCode,
      supervising_agency_id: e.agencyId,
      risk_level: null,
      standardization_level: null,
      active: e.active ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, creditCode };
}

export interface TestUser {
  userId: string;
  membershipId: string;
  phone: string;
  password: string;
  /** A `cookie` header value of a live session acting as this membership. */
  cookie: string;
}

export async function makeUser(
  db: Db,
  u: {
    role: Role;
    agencyId?: string;
    enterpriseId?: string;
    mustChangePassword?: boolean;
    name?: string;
  },
): Promise<TestUser> {
  const phone = `139${String(next()).padStart(8, '0')}`;
  const { id: userId } = await db
    .insertInto('app_user')
    .values({
      phone,
      display_name: u.name ?? `用户${phone.slice(-4)}`,
      password_hash: await testPasswordHash(),
      must_change_password: u.mustChangePassword ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: membershipId } = await db
    .insertInto('membership')
    .values({
      user_id: userId,
      role: u.role,
      agency_id: u.agencyId ?? null,
      enterprise_id: u.enterpriseId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const token = await createSession(db, userId, membershipId);
  return {
    userId,
    membershipId,
    phone,
    password: TEST_PASSWORD,
    cookie: `${SESSION_COOKIE}=${token}`,
  };
}

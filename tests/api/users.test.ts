import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, type TestUser } from '../support/factories.js';
import { login } from '../support/http.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Accounts are made and managed by the level above (users.access.ts, docs/domain.md section 7).

let t: TestApp;
let w: World;
let neighbourInspector: TestUser;
let home2Worker: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  neighbourInspector = await makeUser(t.db, { role: 'inspector', agencyId: w.agencies.neighbour });
  home2Worker = await makeUser(t.db, { role: 'worker', enterpriseId: w.enterprises.home2.id });
});
afterAll(() => t.drop());

let phones = 0;
const freshPhone = () => `1370000${String(++phones).padStart(4, '0')}`;
const issuePaths = (body: any) => body.error.issues.map((i: { path: string }) => i.path);
const userCount = async () =>
  (await sql<{ n: number }>`select count(*)::int as n from app_user`.execute(t.db)).rows[0]!.n;
const create = (cookie: string, body: Record<string, unknown>) =>
  t.api.post('/v1/users', { displayName: '新同事', phone: freshPhone(), ...body }, cookie);
const listIds = async (cookie: string) =>
  ((await t.api.get('/v1/users?limit=200', cookie)).body.items as { id: string }[]).map(
    (u) => u.id,
  );

describe('POST /v1/users: who may create whom', () => {
  it('platform admin → agency admin: 201, a one-time password that must be changed at first login', async () => {
    const phone = freshPhone();
    const reply = await t.api.post(
      '/v1/users',
      { displayName: '宁都局长', phone, role: 'agency_admin', agencyId: w.agencies.neighbour },
      w.users.platformAdmin.cookie,
    );
    expect(reply.status).toBe(201);
    expect(reply.body.initialPassword).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(reply.body.user).toMatchObject({ phone, mustChangePassword: true, active: true });
    expect(reply.body.user.memberships).toMatchObject([
      { role: 'agency_admin', agencyId: w.agencies.neighbour },
    ]);

    const session = await login(t.api, phone, reply.body.initialPassword);
    expect(session.status).toBe(200);
    expect(session.body.user.mustChangePassword).toBe(true);
    const blocked = await t.api.get('/v1/enterprises', session.cookie);
    expect(blocked.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await t.api.post(
      '/v1/auth/password',
      { currentPassword: reply.body.initialPassword, newPassword: 'Ningdu2026ok' },
      session.cookie,
    );
    expect(changed.status).toBe(200);
    const registry = await t.api.get('/v1/enterprises', session.cookie);
    expect(registry.body.items.map((e: { id: string }) => e.id)).toEqual([
      w.enterprises.neighbour1.id,
    ]);
  });

  it('agency admin → inspector of its own agency, and enterprise admin of an enterprise in scope', async () => {
    const inspector = await create(w.users.homeAdmin.cookie, { role: 'inspector' });
    expect(inspector.status).toBe(201);
    expect(inspector.body.user.memberships).toMatchObject([
      { role: 'inspector', agencyId: w.agencies.home },
    ]);

    const principal = await create(w.users.homeAdmin.cookie, {
      role: 'enterprise_admin',
      enterpriseId: w.enterprises.home1.id,
    });
    expect(principal.status).toBe(201);
    expect(principal.body.user.memberships).toMatchObject([
      {
        role: 'enterprise_admin',
        enterpriseId: w.enterprises.home1.id,
        enterpriseName: '石城甲公司',
      },
    ]);
  });

  it.each(['safety_manager', 'worker', 'congress_rep'])(
    'enterprise admin → %s of its own enterprise (enterpriseId omitted)',
    async (role) => {
      const reply = await create(w.users.home1Admin.cookie, { role });
      expect(reply.status).toBe(201);
      expect(reply.body.user.memberships).toMatchObject([
        { role, enterpriseId: w.enterprises.home1.id },
      ]);
    },
  );

  it('stores an email lower-cased and lets the user log in with it', async () => {
    const reply = await create(w.users.home1Admin.cookie, {
      role: 'worker',
      phone: null,
      email: 'Zhao.Lei@Example.com',
    });
    expect(reply.status).toBe(201);
    expect(reply.body.user.email).toBe('zhao.lei@example.com');
    expect((await login(t.api, 'ZHAO.LEI@example.com', reply.body.initialPassword)).status).toBe(
      200,
    );
  });
});

describe('POST /v1/users: refusals create nothing', () => {
  const refusals: [string, number, () => Promise<{ status: number; body: any }>, string?][] = [
    [
      'a worker creating a worker',
      403,
      () => create(w.users.home1Worker.cookie, { role: 'worker' }),
    ],
    [
      'a safety manager creating a worker',
      403,
      () => create(w.users.home1Safety.cookie, { role: 'worker' }),
    ],
    [
      'an inspector creating an inspector',
      403,
      () => create(w.users.homeInspector.cookie, { role: 'inspector' }),
    ],
    [
      'an enterprise admin creating an inspector',
      403,
      () => create(w.users.home1Admin.cookie, { role: 'inspector' }),
    ],
    [
      'an enterprise admin creating an enterprise admin',
      403,
      () => create(w.users.home1Admin.cookie, { role: 'enterprise_admin' }),
    ],
    [
      'an agency admin creating an agency admin',
      403,
      () => create(w.users.homeAdmin.cookie, { role: 'agency_admin', agencyId: w.agencies.home }),
    ],
    [
      'a platform admin creating a worker',
      403,
      () =>
        create(w.users.platformAdmin.cookie, {
          role: 'worker',
          enterpriseId: w.enterprises.home1.id,
        }),
    ],
    [
      "an agency admin creating neighbour1's admin",
      404,
      () =>
        create(w.users.homeAdmin.cookie, {
          role: 'enterprise_admin',
          enterpriseId: w.enterprises.neighbour1.id,
        }),
    ],
    [
      'an agency admin creating an inspector of another agency',
      404,
      () => create(w.users.homeAdmin.cookie, { role: 'inspector', agencyId: w.agencies.neighbour }),
    ],
    [
      "neighbour1's admin passing home1's enterpriseId",
      404,
      () =>
        create(w.users.neighbour1Admin.cookie, {
          role: 'worker',
          enterpriseId: w.enterprises.home1.id,
        }),
    ],
    [
      'a phone already taken',
      409,
      () => create(w.users.home1Admin.cookie, { role: 'worker', phone: w.users.home2Admin.phone }),
    ],
    [
      'neither phone nor email',
      422,
      () => create(w.users.home1Admin.cookie, { role: 'worker', phone: null }),
      'phone',
    ],
    [
      'a malformed phone',
      422,
      () => create(w.users.home1Admin.cookie, { role: 'worker', phone: '12345678901' }),
      'phone',
    ],
    [
      'a malformed email',
      422,
      () => create(w.users.home1Admin.cookie, { role: 'worker', email: 'not-an-email' }),
      'email',
    ],
    [
      'an agency admin without agencyId',
      422,
      () => create(w.users.platformAdmin.cookie, { role: 'agency_admin' }),
      'agencyId',
    ],
    ['an unknown role', 422, () => create(w.users.home1Admin.cookie, { role: 'boss' }), 'role'],
  ];

  it.each(refusals)('refuses %s: %i', async (_, status, attempt, field) => {
    const before = await userCount();
    const reply = await attempt();
    expect(reply.status).toBe(status);
    if (field) expect(issuePaths(reply.body)).toEqual([field]);
    expect(await userCount()).toBe(before);
  });

  it('refuses an email already taken, whatever its case: 409', async () => {
    await create(w.users.home1Admin.cookie, {
      role: 'worker',
      phone: null,
      email: 'dup@example.com',
    });
    const reply = await create(w.users.home1Admin.cookie, {
      role: 'worker',
      phone: null,
      email: 'DUP@example.com',
    });
    expect(reply.status).toBe(409);
  });
});

describe('GET /v1/users', () => {
  it("shows an agency admin its inspectors and its enterprises' admins only", async () => {
    const seen = await listIds(w.users.homeAdmin.cookie);
    expect(seen).toEqual(
      expect.arrayContaining([
        w.users.homeInspector.userId,
        w.users.home1Admin.userId,
        w.users.home2Admin.userId,
      ]),
    );
    for (const hidden of [
      neighbourInspector,
      w.users.neighbour1Admin,
      w.users.neighbourAdmin,
      w.users.homeAdmin,
      w.users.home1Worker,
    ]) {
      expect(seen).not.toContain(hidden.userId);
    }
  });

  it('shows an enterprise admin its own staff, not another enterprise’s', async () => {
    const seen = await listIds(w.users.home1Admin.cookie);
    expect(seen).toEqual(
      expect.arrayContaining([
        w.users.home1Safety.userId,
        w.users.home1Worker.userId,
        w.users.home1Congress.userId,
      ]),
    );
    expect(seen).not.toContain(home2Worker.userId);
    expect(seen).not.toContain(w.users.home1Admin.userId);
  });

  it('shows the platform admin the agency admins', async () => {
    const seen = await listIds(w.users.platformAdmin.cookie);
    expect(seen).toEqual(
      expect.arrayContaining([w.users.homeAdmin.userId, w.users.farAdmin.userId]),
    );
    expect(seen).not.toContain(w.users.homeInspector.userId);
  });

  it('refuses an enterpriseId filter outside the scope with 404, and staff with 403', async () => {
    const reply = await t.api.get(
      `/v1/users?enterpriseId=${w.enterprises.neighbour1.id}`,
      w.users.homeAdmin.cookie,
    );
    expect(reply.status).toBe(404);
    expect((await t.api.get('/v1/users', w.users.home1Safety.cookie)).status).toBe(403);
  });

  it('pages by name; a forged cursor is 422 naming cursor, not 500', async () => {
    const first = await t.api.get('/v1/users?limit=1', w.users.home1Admin.cookie);
    expect(first.body.items).toHaveLength(1);
    const second = await t.api.get(
      `/v1/users?limit=1&cursor=${first.body.nextCursor}`,
      w.users.home1Admin.cookie,
    );
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);

    const forged = Buffer.from(JSON.stringify(['用户', 'not-a-uuid'])).toString('base64url');
    const reply = await t.api.get(`/v1/users?cursor=${forged}`, w.users.home1Admin.cookie);
    expect(reply.status).toBe(422);
    expect(issuePaths(reply.body)).toEqual(['cursor']);
  });
});

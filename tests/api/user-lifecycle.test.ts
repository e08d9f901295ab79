import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../support/factories.js';
import { login } from '../support/http.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Managing existing accounts: one-time password reset, deactivation and activation, each only
// by the level above (users.access.ts) and never across tenants.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

const issuePaths = (body: any) => body.error.issues.map((i: { path: string }) => i.path);
const passwordHash = async (userId: string) =>
  (
    await t.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow()
  ).password_hash;

describe('POST /v1/users/{id}/reset-password', () => {
  const reset = (userId: string, cookie: string) =>
    t.api.post(`/v1/users/${userId}/reset-password`, undefined, cookie);

  it('gives a new one-time password and ends the user sessions', async () => {
    const worker = await makeUser(t.db, { role: 'worker', enterpriseId: w.enterprises.home1.id });
    const reply = await reset(worker.userId, w.users.home1Admin.cookie);
    expect(reply.status).toBe(200);
    expect(reply.body.initialPassword).toMatch(/^[A-Za-z0-9]{12}$/);
    expect((await t.api.get('/v1/auth/me', worker.cookie)).status).toBe(401);
    expect((await login(t.api, worker.phone, TEST_PASSWORD)).status).toBe(401);
    const session = await login(t.api, worker.phone, reply.body.initialPassword);
    expect(session.body.user.mustChangePassword).toBe(true);
  });

  it('lets an agency admin reset the principal of an enterprise in its subtree', async () => {
    const principal = await makeUser(t.db, {
      role: 'enterprise_admin',
      enterpriseId: w.enterprises.home2.id,
    });
    expect((await reset(principal.userId, w.users.cityAdmin.cookie)).status).toBe(200);
    expect((await reset(principal.userId, w.users.neighbourAdmin.cookie)).status).toBe(404);
  });

  it('does not let the manager of one membership take over the account elsewhere', async () => {
    // A worker of home1 who is also the principal of home2: home1's admin manages only the
    // first membership, yet a reset hands it the password of the whole account, with which it
    // could log in and switch to home2 as its principal.
    const dual = await makeUser(t.db, { role: 'worker', enterpriseId: w.enterprises.home1.id });
    await t.db
      .insertInto('membership')
      .values({
        user_id: dual.userId,
        role: 'enterprise_admin',
        enterprise_id: w.enterprises.home2.id,
      })
      .execute();
    const before = await passwordHash(dual.userId);
    const reply = await reset(dual.userId, w.users.home1Admin.cookie);
    expect(reply.status).not.toBe(200);
    expect(await passwordHash(dual.userId)).toBe(before);
  });
});

describe('deactivate and activate', () => {
  const act = (action: string, userId: string, cookie: string) =>
    t.api.post(`/v1/users/${userId}/${action}`, undefined, cookie);

  it("refuses another tenant's user with 404 and changes nothing", async () => {
    const target = w.users.home1Worker.userId;
    const before = await passwordHash(target);
    for (const action of ['reset-password', 'deactivate', 'activate']) {
      expect((await act(action, target, w.users.neighbour1Admin.cookie)).status).toBe(404);
      expect((await act(action, target, w.users.home2Admin.cookie)).status).toBe(404);
      expect((await act(action, target, w.users.neighbourAdmin.cookie)).status).toBe(404);
    }
    expect(await passwordHash(target)).toBe(before);
    expect((await t.api.get('/v1/auth/me', w.users.home1Worker.cookie)).status).toBe(200);
  });

  it('deactivating ends the sessions; the user can log in but not act; activating restores', async () => {
    const worker = await makeUser(t.db, { role: 'worker', enterpriseId: w.enterprises.home1.id });
    const home1 = `/v1/enterprises/${w.enterprises.home1.id}`;
    expect((await t.api.get(home1, worker.cookie)).status).toBe(200);

    const off = await act('deactivate', worker.userId, w.users.home1Admin.cookie);
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ id: worker.userId, active: false });
    expect(off.body.memberships).toMatchObject([{ role: 'worker', active: false }]);
    expect((await t.api.get(home1, worker.cookie)).status).toBe(401);
    const again = await login(t.api, worker.phone, TEST_PASSWORD);
    expect(again.body.membership).toBeNull();
    expect((await t.api.get(home1, again.cookie)).status).toBe(403);

    const on = await act('activate', worker.userId, w.users.home1Admin.cookie);
    expect(on.body.active).toBe(true);
    const back = await login(t.api, worker.phone, TEST_PASSWORD);
    expect((await t.api.get(home1, back.cookie)).status).toBe(200);
  });

  it('refuses to deactivate oneself: 422', async () => {
    const { homeAdmin } = w.users;
    const reply = await act('deactivate', homeAdmin.userId, homeAdmin.cookie);
    expect(reply.status).toBe(422);
    expect(issuePaths(reply.body)).toEqual(['id']);
  });

  it('refuses to deactivate oneself through another managed membership: 422', async () => {
    // An enterprise admin who is also on its own worker roster manages that membership.
    const admin = await makeUser(t.db, {
      role: 'enterprise_admin',
      enterpriseId: w.enterprises.home2.id,
    });
    await t.db
      .insertInto('membership')
      .values({ user_id: admin.userId, role: 'worker', enterprise_id: w.enterprises.home2.id })
      .execute();
    const reply = await act('deactivate', admin.userId, admin.cookie);
    expect(reply.status).toBe(422);
    expect(issuePaths(reply.body)).toEqual(['id']);
    expect((await t.api.get('/v1/auth/me', admin.cookie)).status).toBe(200);
  });
});

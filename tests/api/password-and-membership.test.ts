import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD, type TestUser } from '../support/factories.js';
import { login } from '../support/http.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// First login with a one-time password (POST /v1/auth/password) and switching the acting
// membership (POST /v1/auth/membership).

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

const issuePaths = (body: any) => body.error.issues.map((i: { path: string }) => i.path);

describe('first login: the initial password must be changed', () => {
  let user: TestUser;
  let otherDevice: string;
  const newPassword = 'Sh1chengNew2026';

  beforeAll(async () => {
    user = await makeUser(t.db, {
      role: 'agency_admin',
      agencyId: w.agencies.home,
      mustChangePassword: true,
    });
    otherDevice = (await login(t.api, user.phone, TEST_PASSWORD)).cookie!;
  });

  it('refuses tenant routes with 403 PASSWORD_CHANGE_REQUIRED', async () => {
    for (const path of [
      '/v1/enterprises',
      `/v1/enterprises/${w.enterprises.home1.id}`,
      '/v1/users',
    ]) {
      const reply = await t.api.get(path, user.cookie);
      expect(reply.status).toBe(403);
      expect(reply.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    }
  });

  it('still answers GET /v1/auth/me, saying a change is due', async () => {
    const reply = await t.api.get('/v1/auth/me', user.cookie);
    expect(reply.status).toBe(200);
    expect(reply.body.user.mustChangePassword).toBe(true);
  });

  it('refuses a wrong current password: 422 naming currentPassword', async () => {
    const reply = await t.api.post(
      '/v1/auth/password',
      { currentPassword: 'Not-the-passw0rd', newPassword },
      user.cookie,
    );
    expect(reply.status).toBe(422);
    expect(issuePaths(reply.body)).toEqual(['currentPassword']);
  });

  it.each([
    ['too short', 'Ab1'],
    ['letters only', 'OnlyLettersHere'],
    ['digits only', '1234567890'],
    ['the current password', TEST_PASSWORD],
  ])('refuses a new password that is %s: 422 naming newPassword', async (_, candidate) => {
    const reply = await t.api.post(
      '/v1/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: candidate },
      user.cookie,
    );
    expect(reply.status).toBe(422);
    expect(issuePaths(reply.body)).toEqual(['newPassword']);
  });

  it('changes it, keeps this session and ends the others', async () => {
    const reply = await t.api.post(
      '/v1/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword },
      user.cookie,
    );
    expect(reply.status).toBe(200);
    expect(reply.body.user.mustChangePassword).toBe(false);

    expect((await t.api.get('/v1/enterprises', user.cookie)).status).toBe(200);
    expect((await t.api.get('/v1/auth/me', otherDevice)).status).toBe(401);
    const row = await t.db
      .selectFrom('app_user')
      .select('must_change_password')
      .where('id', '=', user.userId)
      .executeTakeFirstOrThrow();
    expect(row.must_change_password).toBe(false);
  });

  it('lets the user in with the new password only', async () => {
    expect((await login(t.api, user.phone, TEST_PASSWORD)).status).toBe(401);
    const reply = await login(t.api, user.phone, newPassword);
    expect(reply.status).toBe(200);
    expect(reply.body.user.mustChangePassword).toBe(false);
  });

  it('needs a session', async () => {
    const reply = await t.api.post('/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword,
    });
    expect(reply.status).toBe(401);
  });
});

describe('switching membership', () => {
  let user: TestUser;
  let second: string;

  beforeAll(async () => {
    // A worker of home1 who is also the principal of home2.
    user = await makeUser(t.db, { role: 'worker', enterpriseId: w.enterprises.home1.id });
    second = (
      await t.db
        .insertInto('membership')
        .values({
          user_id: user.userId,
          role: 'enterprise_admin',
          enterprise_id: w.enterprises.home2.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });

  it('lists both memberships and acts as the first one after login', async () => {
    const reply = await login(t.api, user.phone, TEST_PASSWORD);
    expect(reply.body.memberships.map((m: { id: string }) => m.id).sort()).toEqual(
      [user.membershipId, second].sort(),
    );
    expect(reply.body.membership.id).toBe(user.membershipId);
  });

  it('switches to the other one; what the session may do follows', async () => {
    expect((await t.api.get(`/v1/enterprises/${w.enterprises.home2.id}`, user.cookie)).status).toBe(
      404,
    );

    const reply = await t.api.post('/v1/auth/membership', { membershipId: second }, user.cookie);
    expect(reply.status).toBe(200);
    expect(reply.body.membership).toMatchObject({
      id: second,
      role: 'enterprise_admin',
      enterpriseId: w.enterprises.home2.id,
    });
    expect((await t.api.get('/v1/auth/me', user.cookie)).body.membership.id).toBe(second);
    expect((await t.api.get(`/v1/enterprises/${w.enterprises.home2.id}`, user.cookie)).status).toBe(
      200,
    );
    expect((await t.api.get(`/v1/enterprises/${w.enterprises.home1.id}`, user.cookie)).status).toBe(
      404,
    );
    expect((await t.api.get('/v1/users', user.cookie)).status).toBe(200);
  });

  it("refuses someone else's membership, or an unknown one, with 404", async () => {
    for (const membershipId of [
      w.users.home1Admin.membershipId,
      w.users.homeAdmin.membershipId,
      crypto.randomUUID(),
    ]) {
      const reply = await t.api.post('/v1/auth/membership', { membershipId }, user.cookie);
      expect(reply.status).toBe(404);
    }
    expect((await t.api.get('/v1/auth/me', user.cookie)).body.membership.id).toBe(second);
  });

  it('refuses a deactivated membership of its own with 404', async () => {
    await t.db
      .updateTable('membership')
      .set({ active: false })
      .where('id', '=', user.membershipId)
      .execute();
    const reply = await t.api.post(
      '/v1/auth/membership',
      { membershipId: user.membershipId },
      user.cookie,
    );
    expect(reply.status).toBe(404);
    await t.db
      .updateTable('membership')
      .set({ active: true })
      .where('id', '=', user.membershipId)
      .execute();
  });

  it('refuses a membership in a deactivated enterprise with 404', async () => {
    await t.db
      .updateTable('enterprise')
      .set({ active: false })
      .where('id', '=', w.enterprises.home1.id)
      .execute();
    const reply = await t.api.post(
      '/v1/auth/membership',
      { membershipId: user.membershipId },
      user.cookie,
    );
    await t.db
      .updateTable('enterprise')
      .set({ active: true })
      .where('id', '=', w.enterprises.home1.id)
      .execute();
    expect(reply.status).toBe(404);
  });

  it('neither lists nor acts as a membership of a deactivated agency', async () => {
    const inspector = await makeUser(t.db, { role: 'inspector', agencyId: w.agencies.far });
    await t.db
      .updateTable('agency')
      .set({ active: false })
      .where('id', '=', w.agencies.far)
      .execute();
    const me = await t.api.get('/v1/auth/me', inspector.cookie);
    const registry = await t.api.get('/v1/enterprises', inspector.cookie);
    await t.db
      .updateTable('agency')
      .set({ active: true })
      .where('id', '=', w.agencies.far)
      .execute();
    expect(me.status).toBe(200);
    expect(me.body.membership).toBeNull();
    expect(me.body.memberships).toEqual([]);
    expect(registry.status).toBe(403);
  });

  it('answers 422 for an id that is not a uuid, and 401 without a session', async () => {
    const bad = await t.api.post('/v1/auth/membership', { membershipId: 'home2' }, user.cookie);
    expect(bad.status).toBe(422);
    expect(issuePaths(bad.body)).toEqual(['membershipId']);
    expect((await t.api.post('/v1/auth/membership', { membershipId: second })).status).toBe(401);
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../support/factories.js';
import { login, rawRequest, sessionCookieOf, sessionIdOf } from '../support/http.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Logging in, the session cookie, idle expiry and hourly refresh (style.md "Sessions").

const DAY = 24 * 3_600_000;
let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp({ sessionIdleMs: DAY });
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

const sessionRow = (id: string) =>
  t.db.selectFrom('session').selectAll().where('id', '=', id).executeTakeFirst();

/** Moves a session's last use into the past, as if the user had been away that long. */
const idleFor = (cookie: string, ms: number) =>
  t.db
    .updateTable('session')
    .set({ last_verified_at: new Date(Date.now() - ms) })
    .where('id', '=', sessionIdOf(cookie))
    .execute();

describe('POST /v1/auth/login', () => {
  it('logs in by phone and answers who the user is and as what', async () => {
    const reply = await login(t.api, w.users.homeAdmin.phone, TEST_PASSWORD);
    expect(reply.status).toBe(200);
    expect(reply.body.user.id).toBe(w.users.homeAdmin.userId);
    expect(reply.body.membership).toMatchObject({
      id: w.users.homeAdmin.membershipId,
      role: 'agency_admin',
      agencyId: w.agencies.home,
      jurisdictionCode: '360735',
    });
    expect(reply.cookie).toBeDefined();
    expect(await sessionRow(sessionIdOf(reply.cookie!))).toBeDefined();
  });

  it('logs in by email, whatever its case', async () => {
    await t.db
      .updateTable('app_user')
      .set({ email: 'wang.min@example.com' })
      .where('id', '=', w.users.homeInspector.userId)
      .execute();
    const reply = await login(t.api, '  Wang.Min@Example.COM ', TEST_PASSWORD);
    expect(reply.status).toBe(200);
    expect(reply.body.user).toMatchObject({
      id: w.users.homeInspector.userId,
      email: 'wang.min@example.com',
    });
  });

  it('sets the cookie HttpOnly, SameSite=Lax, Path=/ with the idle time as Max-Age', async () => {
    const reply = await login(t.api, w.users.cityAdmin.phone, TEST_PASSWORD);
    const header = reply.headers.get('set-cookie')!;
    expect(header).toMatch(/^sf_session=[a-z0-9]+\.[a-z0-9]+;/);
    expect(header).toMatch(/;\s*HttpOnly/i);
    expect(header).toMatch(/;\s*SameSite=Lax/i);
    expect(header).toMatch(/;\s*Path=\/(;|$)/);
    expect(header).toMatch(new RegExp(`;\\s*Max-Age=${DAY / 1000}`));
    expect(header).not.toMatch(/Secure/i); // plain http here
  });

  it('marks the cookie Secure behind a TLS-terminating proxy on the same host', async () => {
    const reply = await login(t.api, w.users.cityAdmin.phone, TEST_PASSWORD, {
      'x-forwarded-proto': 'https',
    });
    expect(reply.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });

  it('answers a wrong password and an unknown account alike: 401 INVALID_CREDENTIALS', async () => {
    const wrong = await login(t.api, w.users.provinceAdmin.phone, 'Wrong-passw0rd');
    const unknown = await login(t.api, '13300000000', TEST_PASSWORD);
    const unknownEmail = await login(t.api, 'nobody@example.com', TEST_PASSWORD);
    for (const reply of [wrong, unknown, unknownEmail]) {
      expect(reply.status).toBe(401);
      expect(reply.body.error).toEqual({ code: 'INVALID_CREDENTIALS', message: '账号或密码错误' });
      expect(reply.cookie).toBeUndefined();
    }
  });

  it('refuses a deactivated account with the same answer', async () => {
    const user = await makeUser(t.db, { role: 'inspector', agencyId: w.agencies.home });
    await t.db
      .updateTable('app_user')
      .set({ active: false })
      .where('id', '=', user.userId)
      .execute();
    const reply = await login(t.api, user.phone, TEST_PASSWORD);
    expect(reply.status).toBe(401);
    expect(reply.body.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('names the missing fields of an empty body', async () => {
    const reply = await t.api.post('/v1/auth/login', {});
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'login',
      'password',
    ]);
  });
});

describe('GET /v1/auth/me', () => {
  it('describes the session user with a cookie', async () => {
    const reply = await t.api.get('/v1/auth/me', w.users.home1Worker.cookie);
    expect(reply.status).toBe(200);
    expect(reply.body.user).toMatchObject({
      id: w.users.home1Worker.userId,
      mustChangePassword: false,
    });
    expect(reply.body.membership).toMatchObject({
      role: 'worker',
      enterpriseId: w.enterprises.home1.id,
      enterpriseName: '石城甲公司',
    });
    expect(reply.body.memberships).toHaveLength(1);
  });

  it('answers 401 UNAUTHENTICATED without one', async () => {
    const reply = await t.api.get('/v1/auth/me');
    expect(reply.status).toBe(401);
    expect(reply.body.error.code).toBe('UNAUTHENTICATED');
  });
});

describe('POST /v1/auth/logout', () => {
  it('deletes the session and clears the cookie; the old cookie no longer works', async () => {
    const { cookie } = await login(t.api, w.users.home2Admin.phone, TEST_PASSWORD);
    expect((await t.api.get('/v1/auth/me', cookie)).status).toBe(200);

    const reply = await t.api.post('/v1/auth/logout', undefined, cookie);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ ok: true });
    expect(reply.headers.get('set-cookie')).toMatch(/^sf_session=;.*Max-Age=0/);
    expect(await sessionRow(sessionIdOf(cookie!))).toBeUndefined();
    expect((await t.api.get('/v1/auth/me', cookie)).status).toBe(401);
  });

  it('leaves the other sessions of the same user alone', async () => {
    const first = await login(t.api, w.users.home2Admin.phone, TEST_PASSWORD);
    const second = await login(t.api, w.users.home2Admin.phone, TEST_PASSWORD);
    await t.api.post('/v1/auth/logout', undefined, first.cookie);
    expect((await t.api.get('/v1/auth/me', second.cookie)).status).toBe(200);
  });
});

describe('session lifetime', () => {
  it('expires after the idle time: 401 and the row is deleted', async () => {
    const { cookie } = await login(t.api, w.users.home1Safety.phone, TEST_PASSWORD);
    await idleFor(cookie!, DAY + 60_000);
    const reply = await t.api.get('/v1/auth/me', cookie);
    expect(reply.status).toBe(401);
    expect(await sessionRow(sessionIdOf(cookie!))).toBeUndefined();
  });

  it('is refreshed when older than an hour: last_verified_at moves forward, cookie sent again', async () => {
    const { cookie } = await login(t.api, w.users.home1Safety.phone, TEST_PASSWORD);
    await idleFor(cookie!, 2 * 3_600_000);
    const before = (await sessionRow(sessionIdOf(cookie!)))!.last_verified_at;

    const reply = await t.api.get('/v1/auth/me', cookie);
    expect(reply.status).toBe(200);
    expect(sessionCookieOf(reply)).toBe(cookie);
    expect(reply.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    const after = (await sessionRow(sessionIdOf(cookie!)))!.last_verified_at;
    expect(new Date(after).getTime()).toBeGreaterThan(new Date(before).getTime() + 3_600_000);
  });

  it('is not written again within the hour (reads stay reads)', async () => {
    const { cookie } = await login(t.api, w.users.home1Safety.phone, TEST_PASSWORD);
    await idleFor(cookie!, 10 * 60_000);
    const before = (await sessionRow(sessionIdOf(cookie!)))!.last_verified_at;
    const reply = await t.api.get('/v1/auth/me', cookie);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('set-cookie')).toBeNull();
    expect((await sessionRow(sessionIdOf(cookie!)))!.last_verified_at).toEqual(before);
  });

  it('refuses a token whose secret was tampered with, without ending the real session', async () => {
    const { cookie } = await login(t.api, w.users.home1Congress.phone, TEST_PASSWORD);
    const id = sessionIdOf(cookie!);
    for (const forged of [
      `sf_session=${id}.aaaaaaaaaaaaaaaaaaaaaaaa`,
      `sf_session=${id}`,
      'sf_session=x.y.z',
    ]) {
      expect((await t.api.get('/v1/auth/me', forged)).status).toBe(401);
    }
    expect((await t.api.get('/v1/auth/me', cookie)).status).toBe(200);
  });

  it('clears a cookie that no longer opens a session', async () => {
    const reply = await t.api.get('/v1/auth/me', 'sf_session=unknown.secret');
    expect(reply.status).toBe(401);
    expect(reply.headers.get('set-cookie')).toMatch(/sf_session=;.*Max-Age=0/i);
  });

  it('stores only a hash of the secret', async () => {
    const { cookie } = await login(t.api, w.users.home1Congress.phone, TEST_PASSWORD);
    const secret = cookie!.split('.')[1]!;
    const row = (await sessionRow(sessionIdOf(cookie!)))!;
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.secret_hash).not.toContain(secret);
  });

  it('ends every session of a user whose account is deactivated', async () => {
    const user = await makeUser(t.db, { role: 'worker', enterpriseId: w.enterprises.home2.id });
    await t.db
      .updateTable('app_user')
      .set({ active: false })
      .where('id', '=', user.userId)
      .execute();
    expect((await t.api.get('/v1/auth/me', user.cookie)).status).toBe(401);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from session
      where user_id = ${user.userId}`.execute(t.db);
    expect(rows[0]!.n).toBe(0);
  });
});

describe('cross-site request refusal (CSRF)', () => {
  const logout = (headers: Record<string, string>) =>
    rawRequest(t.app, 'POST', '/v1/auth/logout', { headers });

  it('refuses a POST with neither Origin nor Sec-Fetch-Site: 403 CROSS_SITE', async () => {
    const res = await logout({});
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('CROSS_SITE');
  });

  it.each([
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['Origin null (sandboxed frame)', { origin: 'null' }],
    ['the same host on another port', { origin: 'http://localhost:8080' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    [
      'Sec-Fetch-Site: cross-site even with our Origin',
      { origin: 'http://localhost', 'sec-fetch-site': 'cross-site' },
    ],
    ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
  ])('refuses %s', async (_, headers) => {
    const res = await logout(headers);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('CROSS_SITE');
  });

  it('refuses a cross-site login before checking anything: no session is made', async () => {
    const before = await t.db
      .selectFrom('session')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirst();
    const res = await rawRequest(t.app, 'POST', '/v1/auth/login', {
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ login: w.users.homeAdmin.phone, password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
    const after = await t.db
      .selectFrom('session')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirst();
    expect(after).toEqual(before);
  });

  it('lets a same-origin POST through (matching Origin, or Sec-Fetch-Site: same-origin)', async () => {
    expect((await logout({ origin: 'http://localhost' })).status).toBe(200);
    expect((await logout({ 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect(
      (await logout({ origin: 'http://localhost', 'sec-fetch-site': 'same-origin' })).status,
    ).toBe(200);
  });

  it('never refuses a GET for a missing Origin', async () => {
    const me = await rawRequest(t.app, 'GET', '/v1/auth/me', {
      headers: { cookie: w.users.homeAdmin.cookie },
    });
    expect(me.status).toBe(200);
    expect((await rawRequest(t.app, 'GET', '/health')).status).toBe(200);
  });
});

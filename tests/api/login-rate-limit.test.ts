import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD, type TestUser } from '../support/factories.js';
import { appOn, login } from '../support/http.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Failed logins are counted per account and per client address (auth/rate-limit.ts). The counts
// live in the database, shared by every app (process) on it: each case uses accounts and
// addresses of its own.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

const from = (address: string) => ({ 'x-forwarded-for': address });
const inspector = () => makeUser(t.db, { role: 'inspector', agencyId: w.agencies.home });

function expectRateLimited(reply: { status: number; body: any; headers: Headers }) {
  expect(reply.status).toBe(429);
  expect(reply.body.error.code).toBe('RATE_LIMITED');
  const retryAfter = Number(reply.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  expect(reply.body.error.message).toContain(`${retryAfter} 秒`);
}

describe('per account (loginLimitPerAccount: 3)', () => {
  let api: ReturnType<typeof appOn>['api'];
  let user: TestUser;
  beforeAll(async () => {
    api = appOn(t.db, { loginLimitPerAccount: 3 }).api;
    user = await inspector();
  });

  it('blocks the 4th attempt after 3 failures, even with the right password', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await login(api, user.phone, `Wrong-${i}-pass`)).status).toBe(401);
    }
    const reply = await login(api, user.phone, TEST_PASSWORD);
    expectRateLimited(reply);
    expect(reply.cookie).toBeUndefined();
  });

  it('keeps the account blocked from any other address', async () => {
    expectRateLimited(await login(api, user.phone, TEST_PASSWORD, from('198.51.100.7')));
  });

  it('does not block other accounts', async () => {
    const other = await inspector();
    expect((await login(api, other.phone, TEST_PASSWORD)).status).toBe(200);
  });

  it('counts an email account whatever the case it is typed in', async () => {
    const target = await inspector();
    await t.db
      .updateTable('app_user')
      .set({ email: 'li.na@example.com' })
      .where('id', '=', target.userId)
      .execute();
    for (const typed of ['li.na@example.com', 'LI.NA@example.com', 'Li.Na@Example.com']) {
      expect((await login(api, typed, 'Wrong-pass-1')).status).toBe(401);
    }
    expectRateLimited(await login(api, 'li.na@example.com', TEST_PASSWORD));
  });

  it('forgets earlier failures after a successful login', async () => {
    const target = await inspector();
    for (let i = 0; i < 2; i++) await login(api, target.phone, 'Wrong-pass-1');
    expect((await login(api, target.phone, TEST_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 2; i++) await login(api, target.phone, 'Wrong-pass-1');
    expect((await login(api, target.phone, TEST_PASSWORD)).status).toBe(200);
  });
});

describe('per address (loginLimitPerAddress: 3)', () => {
  let api: ReturnType<typeof appOn>['api'];
  beforeAll(() => {
    api = appOn(t.db, { loginLimitPerAddress: 3 }).api;
  });

  it('blocks an address that failed on 3 different accounts; another address still gets in', async () => {
    const accounts = [await inspector(), await inspector(), await inspector()];
    for (const account of accounts) {
      expect((await login(api, account.phone, 'Wrong-pass-1', from('203.0.113.9'))).status).toBe(
        401,
      );
    }
    const target = await inspector();
    expectRateLimited(await login(api, target.phone, TEST_PASSWORD, from('203.0.113.9')));
    // The client is the right-most address no trusted proxy stands for: one the client wrote
    // further left changes nothing (lib/trusted-proxies.ts).
    expectRateLimited(
      await login(api, target.phone, TEST_PASSWORD, from('198.51.100.23, 203.0.113.9')),
    );
    expect((await login(api, target.phone, TEST_PASSWORD, from('203.0.113.10'))).status).toBe(200);
  });

  it('counts unknown accounts against the address too', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await login(api, `1350000000${i}`, 'Wrong-pass-1', from('192.0.2.44'))).status).toBe(
        401,
      );
    }
    expectRateLimited(await login(api, w.users.homeAdmin.phone, TEST_PASSWORD, from('192.0.2.44')));
  });
});

describe('several processes on one database (loginLimitPerAccount: 3)', () => {
  it('counts failures spread over them as one process would', async () => {
    const processes = [1, 2, 3].map(() => appOn(t.db, { loginLimitPerAccount: 3 }));
    const user = await inspector();
    for (let i = 0; i < 3; i++) {
      const { api } = processes[i]!;
      expect((await login(api, user.phone, `Wrong-${i}-pass`)).status).toBe(401);
    }
    for (const { api } of processes) expectRateLimited(await login(api, user.phone, TEST_PASSWORD));
  });

  it('counts exactly the limit of attempts that arrive together, and refuses the rest', async () => {
    const { api } = appOn(t.db, { loginLimitPerAccount: 3 });
    const user = await inspector();
    const replies = await Promise.all(
      Array.from({ length: 8 }, (_, i) => login(api, user.phone, `Wrong-${i}-pass`)),
    );
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
  });
});

describe('wrong current passwords on a password change (same per-account limit)', () => {
  it('blocks the 4th try after 3 wrong current passwords, even a right one', async () => {
    const { api } = appOn(t.db, { loginLimitPerAccount: 3 });
    const user = await inspector();
    const change = (currentPassword: string) =>
      api.post('/v1/auth/password', { currentPassword, newPassword: 'Fresh2026pass' }, user.cookie);
    for (let i = 0; i < 3; i++) expect((await change(`Wrong-${i}-pass`)).status).toBe(422);
    expectRateLimited(await change(TEST_PASSWORD));
  });
});

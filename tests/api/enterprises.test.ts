import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckCharacter } from '@shuangfang/api';
import { makeCreditCode, makeEnterprise, makeUser } from '../support/factories.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// One enterprise of the registry: reading it, registering one and editing it. The list is in
// enterprise-list.test.ts, spreadsheets in enterprise-import.test.ts.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

const ids = (body: { items: { id: string }[] }) => body.items.map((e) => e.id);
const issuePaths = (body: any) => body.error.issues.map((i: { path: string }) => i.path);
const row = (id: string) =>
  t.db.selectFrom('enterprise').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const validBody = (over: Record<string, unknown> = {}) => ({
  creditCode: makeCreditCode('360735'),
  name: '石城县新登记机械有限公司',
  industry: '机械',
  scale: '中型',
  address: '石城县琴江镇工业大道8号',
  jurisdictionCode: '360735',
  ...over,
});

describe('GET /v1/enterprises/{id}', () => {
  it('shows an enterprise in scope to its agencies and inspectors', async () => {
    for (const user of [
      w.users.homeAdmin,
      w.users.homeInspector,
      w.users.cityAdmin,
      w.users.provinceAdmin,
    ]) {
      const reply = await t.api.get(`/v1/enterprises/${w.enterprises.home1.id}`, user.cookie);
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        id: w.enterprises.home1.id,
        creditCode: w.enterprises.home1.creditCode,
        jurisdictionCode: '360735',
        jurisdictionName: '石城县',
        supervisingAgencyId: w.agencies.home,
        supervisingAgencyName: '石城县应急管理局',
        creditStatus: 'normal',
        active: true,
      });
    }
  });

  it("answers 404 for another county's enterprise", async () => {
    for (const id of [w.enterprises.neighbour1.id, w.enterprises.far1.id, crypto.randomUUID()]) {
      expect((await t.api.get(`/v1/enterprises/${id}`, w.users.homeAdmin.cookie)).status).toBe(404);
    }
  });

  it('shows enterprise staff their own enterprise and 404 for any other', async () => {
    expect(
      (await t.api.get(`/v1/enterprises/${w.enterprises.home1.id}`, w.users.home1Worker.cookie))
        .status,
    ).toBe(200);
    expect(
      (await t.api.get(`/v1/enterprises/${w.enterprises.home2.id}`, w.users.home1Worker.cookie))
        .status,
    ).toBe(404);
    expect(
      (await t.api.get(`/v1/enterprises/${w.enterprises.home1.id}`, w.users.home2Admin.cookie))
        .status,
    ).toBe(404);
  });

  it('answers 422 for an id that is not a uuid', async () => {
    const reply = await t.api.get('/v1/enterprises/home1', w.users.homeAdmin.cookie);
    expect(reply.status).toBe(422);
    expect(issuePaths(reply.body)).toEqual(['id']);
  });
});

describe('POST /v1/enterprises', () => {
  it('registers an enterprise under the caller agency by default: 201', async () => {
    const body = validBody();
    const reply = await t.api.post('/v1/enterprises', body, w.users.homeAdmin.cookie);
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      ...body,
      supervisingAgencyId: w.agencies.home,
      riskLevel: null,
      active: true,
    });
    expect((await row(reply.body.id)).credit_code).toBe(body.creditCode);
  });

  it('lets the city admin place one in a county under that county agency', async () => {
    const body = validBody({ supervisingAgencyId: w.agencies.home });
    const reply = await t.api.post('/v1/enterprises', body, w.users.cityAdmin.cookie);
    expect(reply.status).toBe(201);
    expect(reply.body.supervisingAgencyName).toBe('石城县应急管理局');
  });

  it.each([
    ['a wrong check character', (c: string) => `${c.slice(0, 17)}${c[17] === '0' ? '1' : '0'}`],
    ['17 characters', (c: string) => c.slice(0, 17)],
    ['19 characters', (c: string) => `${c}0`],
    ['a letter outside the alphabet', (c: string) => `${c.slice(0, 10)}O${c.slice(11)}`],
  ])('refuses a credit code with %s: 422 naming creditCode', async (_, spoil) => {
    const reply = await t.api.post(
      '/v1/enterprises',
      validBody({ creditCode: spoil(makeCreditCode()) }),
      w.users.homeAdmin.cookie,
    );
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues[0].path).toBe('creditCode');
  });

  it.each([
    ['an unknown registration authority', 'Z1360735MA0000001', '第1位'],
    ['an entity type its authority does not give', '94360735MA0000001', '第2位'],
    ['no real province in the division code', '91990735MA0000001', '第3—8位'],
    ['letters in the division code', '9136A735MA0000001', '第3—8位'],
  ])(
    'refuses a credit code with %s even when its check character is right',
    async (_, first17, where) => {
      // Z is outside the alphabet: its check character cannot be computed, so take any.
      const creditCode = first17.startsWith('Z') ? `${first17}0` : withCheckCharacter(first17);
      const reply = await t.api.post(
        '/v1/enterprises',
        validBody({ creditCode }),
        w.users.homeAdmin.cookie,
      );
      expect(reply.status).toBe(422);
      expect(reply.body.error.issues[0].path).toBe('creditCode');
      expect(reply.body.error.message).toContain(where);
    },
  );

  it('accepts a credit code in lower case and keeps it in upper case', async () => {
    const code = withCheckCharacter('91360735MA35F0XU5');
    const created = await t.api.post(
      '/v1/enterprises',
      validBody({ creditCode: ` ${code.toLowerCase()} ` }),
      w.users.homeAdmin.cookie,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.creditCode).toBe(code);
    expect((await row(created.body.id)).credit_code).toBe(code);
    const found = await t.api.get(
      `/v1/enterprises?q=${code.toLowerCase()}`,
      w.users.homeAdmin.cookie,
    );
    expect(ids(found.body)).toEqual([created.body.id]);
  });

  it('refuses a credit code already registered, even in another province: 409', async () => {
    const reply = await t.api.post(
      '/v1/enterprises',
      validBody({ creditCode: w.enterprises.far1.creditCode }),
      w.users.homeAdmin.cookie,
    );
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('CONFLICT');
  });

  it.each([
    ['a jurisdiction outside the subtree', 'jurisdictionCode', { jurisdictionCode: '360730' }],
    ['a jurisdiction that does not exist', 'jurisdictionCode', { jurisdictionCode: '360799' }],
    [
      "a neighbour's supervising agency",
      'supervisingAgencyId',
      { supervisingAgencyId: 'neighbour' },
    ],
    ['a parent agency outside the subtree', 'supervisingAgencyId', { supervisingAgencyId: 'city' }],
    [
      'an unknown supervising agency',
      'supervisingAgencyId',
      { supervisingAgencyId: crypto.randomUUID() },
    ],
    ['an unknown industry', 'industry', { industry: '采矿' }],
    ['an unknown scale', 'scale', { scale: '特大型' }],
    ['an empty name', 'name', { name: '  ' }],
  ])('refuses %s: 422 naming %s', async (_, field, over: Record<string, string>) => {
    const agency = w.agencies[over.supervisingAgencyId as keyof World['agencies']];
    const body = validBody({ ...over, ...(agency ? { supervisingAgencyId: agency } : {}) });
    const reply = await t.api.post('/v1/enterprises', body, w.users.homeAdmin.cookie);
    expect(reply.status).toBe(422);
    expect(issuePaths(reply.body)).toEqual([field]);
  });

  it('refuses an unknown extra field: 422', async () => {
    const reply = await t.api.post(
      '/v1/enterprises',
      validBody({ riskLevel: 'blue' }),
      w.users.homeAdmin.cookie,
    );
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('VALIDATION');
  });

  it('refuses an inspector and enterprise roles: 403', async () => {
    for (const user of [w.users.homeInspector, w.users.home1Admin, w.users.platformAdmin]) {
      expect((await t.api.post('/v1/enterprises', validBody(), user.cookie)).status).toBe(403);
    }
  });
});

describe('PATCH, deactivate and activate', () => {
  it('lets a neighbour admin change nothing of a home enterprise: 404, row untouched', async () => {
    const id = w.enterprises.home2.id;
    const before = await row(id);
    const cookie = w.users.neighbourAdmin.cookie;
    expect((await t.api.patch(`/v1/enterprises/${id}`, { name: '改名' }, cookie)).status).toBe(404);
    expect((await t.api.post(`/v1/enterprises/${id}/deactivate`, undefined, cookie)).status).toBe(
      404,
    );
    expect((await t.api.post(`/v1/enterprises/${id}/activate`, undefined, cookie)).status).toBe(
      404,
    );
    expect(await row(id)).toEqual(before);
  });

  it('lets the home admin update fields and checks them like a creation', async () => {
    const { id } = await makeEnterprise(t.db, {
      jurisdictionCode: '360735',
      agencyId: w.agencies.home,
    });
    const reply = await t.api.patch(
      `/v1/enterprises/${id}`,
      { name: '石城县更名后有限公司', scale: '大型' },
      w.users.homeAdmin.cookie,
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ name: '石城县更名后有限公司', scale: '大型' });
    expect(new Date(reply.body.updatedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(reply.body.createdAt).getTime(),
    );

    const moved = await t.api.patch(
      `/v1/enterprises/${id}`,
      { jurisdictionCode: '360730' },
      w.users.homeAdmin.cookie,
    );
    expect(moved.status).toBe(422);
    expect(issuePaths(moved.body)).toEqual(['jurisdictionCode']);
    const taken = await t.api.patch(
      `/v1/enterprises/${id}`,
      { creditCode: w.enterprises.home1.creditCode },
      w.users.homeAdmin.cookie,
    );
    expect(taken.status).toBe(409);
    expect((await row(id)).name).toBe('石城县更名后有限公司');
  });

  it('deactivating stops its members acting (403, no usable membership); activating restores them', async () => {
    const { id } = await makeEnterprise(t.db, {
      jurisdictionCode: '360735',
      agencyId: w.agencies.home,
    });
    const worker = await makeUser(t.db, { role: 'worker', enterpriseId: id });
    expect((await t.api.get(`/v1/enterprises/${id}`, worker.cookie)).status).toBe(200);

    const off = await t.api.post(
      `/v1/enterprises/${id}/deactivate`,
      undefined,
      w.users.homeAdmin.cookie,
    );
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    const refused = await t.api.get(`/v1/enterprises/${id}`, worker.cookie);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect((await t.api.get('/v1/auth/me', worker.cookie)).body.membership).toBeNull();
    // The registry keeps the record.
    const kept = await t.api.get(`/v1/enterprises/${id}`, w.users.homeAdmin.cookie);
    expect(kept.body.active).toBe(false);
    const listed = await t.api.get('/v1/enterprises?active=false', w.users.homeAdmin.cookie);
    expect(ids(listed.body)).toContain(id);

    const on = await t.api.post(
      `/v1/enterprises/${id}/activate`,
      undefined,
      w.users.homeAdmin.cookie,
    );
    expect(on.body.active).toBe(true);
    expect((await t.api.get(`/v1/enterprises/${id}`, worker.cookie)).status).toBe(200);
  });
});

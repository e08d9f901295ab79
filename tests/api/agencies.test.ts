import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Regulators (监管机构): each sees the agencies of its own subtree; only the platform adds them.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

const ids = (body: { items: { id: string }[] }) => body.items.map((a) => a.id);

describe('GET /v1/agencies', () => {
  it('shows a county admin its own agency only', async () => {
    const reply = await t.api.get('/v1/agencies', w.users.homeAdmin.cookie);
    expect(reply.status).toBe(200);
    expect(reply.body.items).toEqual([
      {
        id: w.agencies.home,
        name: '石城县应急管理局',
        jurisdictionCode: '360735',
        jurisdictionName: '石城县',
        phone: null,
        active: true,
      },
    ]);
  });

  it('shows the city admin the agencies of its city and both counties', async () => {
    const reply = await t.api.get('/v1/agencies', w.users.cityAdmin.cookie);
    expect(ids(reply.body).sort()).toEqual(
      [w.agencies.city, w.agencies.home, w.agencies.neighbour].sort(),
    );
  });

  it('shows an inspector the agencies of its subtree', async () => {
    expect(ids((await t.api.get('/v1/agencies', w.users.homeInspector.cookie)).body)).toEqual([
      w.agencies.home,
    ]);
  });

  it('shows the platform admin every agency', async () => {
    const reply = await t.api.get('/v1/agencies', w.users.platformAdmin.cookie);
    expect(ids(reply.body)).toEqual(expect.arrayContaining(Object.values(w.agencies)));
  });

  it('narrows to a jurisdiction in scope; one outside the subtree is 404', async () => {
    const reply = await t.api.get('/v1/agencies?jurisdictionCode=360730', w.users.cityAdmin.cookie);
    expect(ids(reply.body)).toEqual([w.agencies.neighbour]);
    expect(
      (await t.api.get('/v1/agencies?jurisdictionCode=360730', w.users.homeAdmin.cookie)).status,
    ).toBe(404);
    expect(
      (await t.api.get('/v1/agencies?jurisdictionCode=360700', w.users.homeAdmin.cookie)).status,
    ).toBe(404);
  });

  it('refuses enterprise roles: 403', async () => {
    for (const user of [w.users.home1Admin, w.users.home1Worker]) {
      expect((await t.api.get('/v1/agencies', user.cookie)).status).toBe(403);
    }
  });
});

describe('POST /v1/agencies', () => {
  it('lets the platform admin add one: 201, then its subtree sees it', async () => {
    const body = { name: '石城县消防救援大队', jurisdictionCode: '360735', phone: '0797-5712119' };
    const reply = await t.api.post('/v1/agencies', body, w.users.platformAdmin.cookie);
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ ...body, jurisdictionName: '石城县', active: true });
    expect(ids((await t.api.get('/v1/agencies', w.users.homeAdmin.cookie)).body)).toContain(
      reply.body.id,
    );
    expect(
      ids((await t.api.get('/v1/agencies', w.users.neighbourAdmin.cookie)).body),
    ).not.toContain(reply.body.id);
  });

  it('refuses an unknown jurisdiction: 422 naming jurisdictionCode', async () => {
    const reply = await t.api.post(
      '/v1/agencies',
      { name: '某局', jurisdictionCode: '369999' },
      w.users.platformAdmin.cookie,
    );
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues.map((i: { path: string }) => i.path)).toEqual([
      'jurisdictionCode',
    ]);
  });

  it('refuses a malformed phone: 422 naming phone', async () => {
    const reply = await t.api.post(
      '/v1/agencies',
      { name: '某局', jurisdictionCode: '360735', phone: 'call us' },
      w.users.platformAdmin.cookie,
    );
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['phone']);
  });

  it('is for the platform admin only: agency admins and inspectors get 403', async () => {
    const before = await t.db.selectFrom('agency').select('id').execute();
    for (const user of [w.users.provinceAdmin, w.users.homeAdmin, w.users.homeInspector]) {
      const reply = await t.api.post(
        '/v1/agencies',
        { name: '自设机构', jurisdictionCode: '360735' },
        user.cookie,
      );
      expect(reply.status).toBe(403);
    }
    expect(await t.db.selectFrom('agency').select('id').execute()).toHaveLength(before.length);
  });
});

describe('GET /v1/public/agencies', () => {
  it('lists every active agency to anyone, without a session', async () => {
    await t.db
      .updateTable('agency')
      .set({ active: false })
      .where('id', '=', w.agencies.far)
      .execute();
    const reply = await t.api.get('/v1/public/agencies');
    expect(reply.status).toBe(200);
    const listed = ids(reply.body);
    expect(listed).toEqual(
      expect.arrayContaining([w.agencies.province, w.agencies.home, w.agencies.neighbour]),
    );
    expect(listed).not.toContain(w.agencies.far);
  });
});

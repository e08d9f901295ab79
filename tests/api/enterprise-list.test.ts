import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise } from '../support/factories.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// GET /v1/enterprises, the registry list (检查对象名录库): who sees which enterprise, search,
// filters and keyset paging. One enterprise, creation and editing are in enterprises.test.ts.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

const ids = (body: { items: { id: string }[] }) => body.items.map((e) => e.id);
const issuePaths = (body: any) => body.error.issues.map((i: { path: string }) => i.path);

describe('GET /v1/enterprises: scope', () => {
  it('shows a county admin its county only', async () => {
    const reply = await t.api.get('/v1/enterprises?limit=200', w.users.homeAdmin.cookie);
    expect(reply.status).toBe(200);
    expect(ids(reply.body).sort()).toEqual([w.enterprises.home1.id, w.enterprises.home2.id].sort());
    expect(reply.body.total).toBe(2);
  });

  it('shows the city admin both of its counties, the province admin all of Jiangxi', async () => {
    const { home1, home2, neighbour1, far1 } = w.enterprises;
    const city = await t.api.get('/v1/enterprises?limit=200', w.users.cityAdmin.cookie);
    expect(ids(city.body).sort()).toEqual([home1.id, home2.id, neighbour1.id].sort());
    const province = await t.api.get('/v1/enterprises?limit=200', w.users.provinceAdmin.cookie);
    expect(ids(province.body).sort()).toEqual([home1.id, home2.id, neighbour1.id].sort());
    expect(ids(province.body)).not.toContain(far1.id);
  });

  it('lets an inspector read the registry of its county', async () => {
    const reply = await t.api.get('/v1/enterprises', w.users.homeInspector.cookie);
    expect(reply.status).toBe(200);
    expect(reply.body.total).toBe(2);
  });

  it('refuses enterprise roles and the platform admin with 403', async () => {
    const { home1Admin, home1Safety, home1Worker, home1Congress, platformAdmin } = w.users;
    for (const user of [home1Admin, home1Safety, home1Worker, home1Congress, platformAdmin]) {
      expect((await t.api.get('/v1/enterprises', user.cookie)).status).toBe(403);
    }
  });
});

describe('GET /v1/enterprises: search and filters', () => {
  it('finds by a fragment of the name', async () => {
    const reply = await t.api.get(
      `/v1/enterprises?q=${encodeURIComponent('甲公')}`,
      w.users.cityAdmin.cookie,
    );
    expect(ids(reply.body)).toEqual([w.enterprises.home1.id]);
  });

  it('finds by the exact credit code, in any case, but not by a fragment of it', async () => {
    const code = w.enterprises.neighbour1.creditCode;
    const exact = await t.api.get(
      `/v1/enterprises?q=${code.toLowerCase()}`,
      w.users.cityAdmin.cookie,
    );
    expect(ids(exact.body)).toEqual([w.enterprises.neighbour1.id]);
    const fragment = await t.api.get(
      `/v1/enterprises?q=${code.slice(0, 12)}`,
      w.users.cityAdmin.cookie,
    );
    expect(fragment.body.total).toBe(0);
  });

  it('does not find an enterprise outside the scope by its code', async () => {
    const reply = await t.api.get(
      `/v1/enterprises?q=${w.enterprises.far1.creditCode}`,
      w.users.homeAdmin.cookie,
    );
    expect(reply.body).toMatchObject({ items: [], total: 0 });
  });

  it('treats % and _ in the search as plain characters', async () => {
    const reply = await t.api.get('/v1/enterprises?q=%25', w.users.cityAdmin.cookie);
    expect(reply.body.total).toBe(0);
  });

  it('filters by industry', async () => {
    const chem = await makeEnterprise(t.db, {
      jurisdictionCode: '360730',
      agencyId: w.agencies.neighbour,
      industry: '危险化学品',
    });
    const reply = await t.api.get(
      `/v1/enterprises?industry=${encodeURIComponent('危险化学品')}`,
      w.users.cityAdmin.cookie,
    );
    expect(ids(reply.body)).toEqual([chem.id]);
    const bad = await t.api.get('/v1/enterprises?industry=mining', w.users.cityAdmin.cookie);
    expect(bad.status).toBe(422);
    expect(issuePaths(bad.body)).toEqual(['industry']);
  });

  it('filters by a jurisdiction of the subtree; one outside it is 404', async () => {
    const reply = await t.api.get(
      '/v1/enterprises?jurisdictionCode=360735',
      w.users.cityAdmin.cookie,
    );
    expect(ids(reply.body).sort()).toEqual([w.enterprises.home1.id, w.enterprises.home2.id].sort());
    for (const code of ['360730', '360700', '441800', '999999']) {
      expect(
        (await t.api.get(`/v1/enterprises?jurisdictionCode=${code}`, w.users.homeAdmin.cookie))
          .status,
      ).toBe(404);
    }
  });
});

describe('GET /v1/enterprises: keyset paging', () => {
  beforeAll(async () => {
    // 120 more in the far city, three to a name, so ties on the name are broken by id.
    for (let i = 0; i < 120; i++) {
      const name = `分页企业${String(i % 40).padStart(2, '0')}`;
      await makeEnterprise(t.db, { jurisdictionCode: '441800', agencyId: w.agencies.far, name });
    }
  });

  it('walks every page once, in (name, id) order, with the total on each page', async () => {
    const expected = (
      await t.db
        .selectFrom('enterprise')
        .select('id')
        .where('jurisdiction_code', '=', '441800')
        .orderBy('name')
        .orderBy('id')
        .execute()
    ).map((e) => e.id);
    expect(expected).toHaveLength(121);

    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const reply = await t.api.get(`/v1/enterprises?limit=50${query}`, w.users.farAdmin.cookie);
      expect(reply.status).toBe(200);
      expect(reply.body.total).toBe(121);
      sizes.push(reply.body.items.length);
      seen.push(...ids(reply.body));
      cursor = reply.body.nextCursor;
    } while (cursor && sizes.length < 10);

    expect(sizes).toEqual([50, 50, 21]);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expected);
  });

  it('answers a garbled cursor with 422 naming cursor', async () => {
    const reply = await t.api.get('/v1/enterprises?cursor=not-a-cursor', w.users.farAdmin.cookie);
    expect(reply.status).toBe(422);
    expect(issuePaths(reply.body)).toEqual(['cursor']);
  });

  it('answers a well-formed but forged cursor with 422, not 500', async () => {
    const forged = Buffer.from(JSON.stringify(['分页企业10', 'not-a-uuid'])).toString('base64url');
    const reply = await t.api.get(`/v1/enterprises?cursor=${forged}`, w.users.farAdmin.cookie);
    expect(reply.status).toBe(422);
    expect(issuePaths(reply.body)).toEqual(['cursor']);
  });

  it('refuses a limit outside 1..200', async () => {
    for (const limit of [0, 201, -1]) {
      const reply = await t.api.get(`/v1/enterprises?limit=${limit}`, w.users.farAdmin.cookie);
      expect(reply.status).toBe(422);
      expect(issuePaths(reply.body)).toEqual(['limit']);
    }
  });
});

describe('GET /v1/enterprises/counts', () => {
  /** What the list says of each jurisdiction: its active enterprises, the subtree's included. */
  const listed = async (code: string, cookie: string) =>
    (await t.api.get(`/v1/enterprises?jurisdictionCode=${code}&active=true&limit=1`, cookie)).body
      .total;

  it("counts each jurisdiction of the subtree as the list's total does, and only those", async () => {
    const { provinceAdmin, homeAdmin, neighbourAdmin } = w.users;
    for (const user of [provinceAdmin, homeAdmin, neighbourAdmin]) {
      const reply = await t.api.get('/v1/enterprises/counts', user.cookie);
      expect(reply.status).toBe(200);
      const mine = (await t.api.get('/v1/jurisdictions', user.cookie)).body.items;
      expect(reply.body.items.map((i: any) => i.jurisdictionCode)).toEqual(
        mine.map((j: { code: string }) => j.code),
      );
      for (const item of reply.body.items) {
        expect(item.active, item.jurisdictionCode).toBe(
          await listed(item.jurisdictionCode, user.cookie),
        );
      }
    }
    const province = await t.api.get('/v1/enterprises/counts', provinceAdmin.cookie);
    const at = (code: string) =>
      province.body.items.find((i: any) => i.jurisdictionCode === code).active;
    expect(at('360735')).toBe(2);
    expect(at('360700')).toBeGreaterThan(at('360735'));
  });

  it('leaves a deactivated enterprise out', async () => {
    const { cityAdmin } = w.users;
    const id = w.enterprises.home2.id;
    const count = async () =>
      (await t.api.get('/v1/enterprises/counts', cityAdmin.cookie)).body.items.find(
        (i: any) => i.jurisdictionCode === '360735',
      ).active;
    expect(await count()).toBe(2);
    expect(
      (await t.api.post(`/v1/enterprises/${id}/deactivate`, undefined, cityAdmin.cookie)).status,
    ).toBe(200);
    expect(await count()).toBe(1);
    expect(
      (await t.api.post(`/v1/enterprises/${id}/activate`, undefined, cityAdmin.cookie)).status,
    ).toBe(200);
    expect(await count()).toBe(2);
  });

  it('refuses enterprise roles and the platform admin with 403', async () => {
    const { home1Admin, home1Worker, platformAdmin } = w.users;
    for (const user of [home1Admin, home1Worker, platformAdmin]) {
      expect((await t.api.get('/v1/enterprises/counts', user.cookie)).status).toBe(403);
    }
  });
});

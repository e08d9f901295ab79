import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIndustryEnterprise, type IndustryEnterprise } from '../support/criteria.js';
import { expectStatus, hazardApi, hazardBody } from '../support/hazards.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// What the web pages of the 判定 library need of the API: the hazard form narrows its search to one
// of the enterprise's standards, and a hazard's page finds the hazard's enterprise when its link
// did not name it (a regulator's own subtree only).

let t: TestApp;
let w: World;
let company: IndustryEnterprise;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  company = await makeIndustryEnterprise(t.db, w, '建材');
});
afterAll(() => t.drop());

const search = (query: string) =>
  t.api.get(`/v1/enterprises/${company.id}/criteria-items?${query}`, company.safety.cookie);

describe('the hazard form’s search by standard', () => {
  it('narrows to one of the enterprise’s standards, and a standard that does not apply finds none', async () => {
    const q = encodeURIComponent('有限空间');
    const gongmao = expectStatus(await search(`q=${q}&standard=gongmao-2023`), 200);
    expect(gongmao.items.map((i: any) => i.number)).toEqual(['第六条（二）', '第六条（四）']);
    expect(gongmao.standards.map((s: any) => s.code)).toEqual(['gongmao-2023']);
    // 危险化学品（十八） matches the words but its standard does not apply to a 建材 enterprise.
    const weihua = expectStatus(await search(`q=${q}&standard=weihua-2017`), 200);
    expect(weihua).toMatchObject({ items: [], total: 0 });
    const bad = await search('standard=NOT%20A%20CODE');
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toContain('判定标准');
  });
});

describe('a regulator finds a hazard by its id', () => {
  it('inside its subtree only', async () => {
    const hazards = hazardApi(t.api, company.id, company.safety.cookie);
    const id = await hazards.registered(hazardBody());
    const found = expectStatus(
      await t.api.get(`/v1/hazards?hazardId=${id}&limit=1`, w.users.homeInspector.cookie),
      200,
    );
    expect(found.items.map((h: any) => [h.id, h.enterpriseId])).toEqual([[id, company.id]]);
    const neighbour = expectStatus(
      await t.api.get(`/v1/hazards?hazardId=${id}`, w.users.neighbourAdmin.cookie),
      200,
    );
    expect(neighbour.items).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, makeJurisdiction } from '../support/factories.js';
import { expectStatus, makeHazard } from '../support/hazards.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// A regulator lists its subtree's hazards across enterprises (GET /v1/hazards): filtered by
// grade, state, overdue, source, industry, jurisdiction and enterprise, a page at a time; a
// neighbouring county's regulator sees none of them and cannot name the home county.

let t: TestApp;
let w: World;
const DAY = 86_400_000;
const ids: Record<string, string> = {};
let townEnterpriseId: string;

const list = (user: keyof World['users'], query = '') =>
  t.api.get(`/v1/hazards${query ? `?${query}` : ''}`, w.users[user].cookie);
const idsOf = (body: any) => body.items.map((h: any) => h.id).sort();

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  const { home1, home2, neighbour1 } = w.enterprises;
  // A town under the home county, with a chemical plant: jurisdiction and industry both narrow.
  await makeJurisdiction(t.db, {
    code: '360735100',
    name: '琴江镇',
    level: 'town',
    parentCode: '360735',
  });
  townEnterpriseId = (
    await makeEnterprise(t.db, {
      jurisdictionCode: '360735100',
      agencyId: w.agencies.home,
      industry: '危险化学品',
      name: '琴江化工',
    })
  ).id;
  const by = w.users.home1Safety.userId;
  ids.reported = await makeHazard(t.db, home1.id, by);
  ids.overdue = await makeHazard(t.db, home1.id, by, {
    state: 'rectifying',
    deadline: new Date(Date.now() - 2 * DAY),
  });
  ids.major = await makeHazard(t.db, home2.id, w.users.home2Admin.userId, {
    state: 'rectifying',
    grade: '重大',
  });
  ids.town = await makeHazard(t.db, townEnterpriseId, w.users.homeAdmin.userId, {
    state: 'rectifying',
    foundByAgencyId: w.agencies.home,
  });
  ids.neighbour = await makeHazard(t.db, neighbour1.id, w.users.neighbour1Admin.userId);
});
afterAll(() => t.drop());

describe('GET /v1/hazards for a regulator', () => {
  it('lists the subtree’s hazards newest first, with their enterprise', async () => {
    const body = expectStatus(await list('homeInspector'), 200);
    expect(idsOf(body)).toEqual([ids.reported, ids.overdue, ids.major, ids.town].sort());
    const times = body.items.map((h: any) => h.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(body.items.find((h: any) => h.id === ids.town)).toMatchObject({
      enterprise: { id: townEnterpriseId, name: '琴江化工', industry: '危险化学品' },
    });
    const city = expectStatus(await list('cityAdmin'), 200);
    expect(idsOf(city)).toContain(ids.neighbour);
  });

  it('filters by grade, state, overdue, source, industry, jurisdiction and enterprise', async () => {
    const cases: [string, string[]][] = [
      ['grade=重大', [ids.major!]],
      ['state=reported', [ids.reported!]],
      ['overdue=true', [ids.overdue!]],
      ['source=监管检查', [ids.town!]],
      ['industry=危险化学品', [ids.town!]],
      ['jurisdictionCode=360735100', [ids.town!]],
      [`enterpriseId=${w.enterprises.home2.id}`, [ids.major!]],
      ['overdue=false&state=rectifying', [ids.major!, ids.town!].sort()],
    ];
    for (const [query, expected] of cases) {
      const body = expectStatus(await list('homeAdmin', encodeURI(query)), 200);
      expect(idsOf(body), query).toEqual(expected);
    }
  });

  it('pages with a keyset cursor without gaps or repeats', async () => {
    const first = expectStatus(await list('homeAdmin', 'limit=3'), 200);
    expect(first.items).toHaveLength(3);
    const second = expectStatus(await list('homeAdmin', `limit=3&cursor=${first.nextCursor}`), 200);
    expect(second.nextCursor).toBeNull();
    expect([...idsOf(first), ...idsOf(second)].sort()).toEqual(
      [ids.reported, ids.overdue, ids.major, ids.town].sort(),
    );
  });

  it('shows a neighbouring county nothing of home, and refuses its filters naming home', async () => {
    const body = expectStatus(await list('neighbourAdmin'), 200);
    expect(idsOf(body)).toEqual([ids.neighbour]);
    expect(JSON.stringify(body)).not.toContain('石城');
    expect((await list('neighbourAdmin', 'jurisdictionCode=360735')).status).toBe(404);
    expect((await list('neighbourAdmin', `enterpriseId=${w.enterprises.home1.id}`)).status).toBe(
      404,
    );
    expect(idsOf(expectStatus(await list('farAdmin'), 200))).toEqual([]);
  });

  it('is for regulators only; bad filters are 422', async () => {
    for (const user of ['home1Admin', 'home1Safety', 'home1Worker', 'platformAdmin'] as const) {
      expect((await list(user)).status).toBe(403);
    }
    const reply = await list('homeAdmin', 'jurisdictionCode=abc');
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues[0].path).toBe('jurisdictionCode');
  });
});

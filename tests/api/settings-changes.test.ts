import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusedWrite } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Every change of a jurisdiction's settings is logged in the same transaction
// (who, when, key, old → new; null = inherited), and the log is read by the settings' readers.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

const put = (code: string, body: unknown, cookie: string) =>
  t.api.put(`/v1/jurisdictions/${code}/settings`, body, cookie);
const changes = (code: string, cookie?: string, query = '') =>
  t.api.get(`/v1/jurisdictions/${code}/settings/changes${query ? `?${query}` : ''}`, cookie);
const settings = (code: string, cookie: string) =>
  t.api.get(`/v1/jurisdictions/${code}/settings`, cookie);

describe('the settings change log', () => {
  it('records who, when, the key and old → new, null meaning inherited', async () => {
    const { homeAdmin, cityAdmin } = w.users;
    const before = Date.now();
    expect(
      (await put('360735', { repeatHazard: { count: 3, days: 60 } }, homeAdmin.cookie)).status,
    ).toBe(200);
    expect(
      (await put('360735', { repeatHazard: { count: 4, days: 60 } }, cityAdmin.cookie)).status,
    ).toBe(200);
    expect((await put('360735', { repeatHazard: null }, homeAdmin.cookie)).status).toBe(200);
    const after = Date.now();

    const reply = await changes('360735', homeAdmin.cookie);
    expect(reply.status).toBe(200);
    const log = reply.body.items.filter((c: any) => c.key === 'repeatHazard');
    // Newest first.
    expect(log.map((c: any) => [c.oldValue, c.newValue, c.changedBy.id])).toEqual([
      [{ count: 4, days: 60 }, null, homeAdmin.userId],
      [{ count: 3, days: 60 }, { count: 4, days: 60 }, cityAdmin.userId],
      [null, { count: 3, days: 60 }, homeAdmin.userId],
    ]);
    for (const c of log) {
      const at = Date.parse(c.changedAt);
      expect(at).toBeGreaterThanOrEqual(before - 1000);
      expect(at).toBeLessThanOrEqual(after + 1000);
      expect(c.changedBy.name.length).toBeGreaterThan(0);
    }
  });

  it('logs one row per changed key, and nothing for a value that did not change', async () => {
    const { homeAdmin } = w.users;
    await put('360730', { dualReportDeadlineWorkingDays: 2 }, w.users.neighbourAdmin.cookie);
    const body = { dualReportDeadlineWorkingDays: 2, standardizationPublicityDays: 10 };
    expect((await put('360730', body, w.users.neighbourAdmin.cookie)).status).toBe(200);
    const log = (await changes('360730', w.users.neighbourAdmin.cookie)).body.items;
    expect(log.map((c: any) => [c.key, c.oldValue, c.newValue]).sort()).toEqual(
      [
        ['dualReportDeadlineWorkingDays', null, 2],
        ['standardizationPublicityDays', null, 10],
      ].sort(),
    );
    // The home county's log holds nothing of its neighbour's.
    const home = (await changes('360735', homeAdmin.cookie)).body.items;
    expect(home.some((c: any) => c.key === 'standardizationPublicityDays')).toBe(false);
  });

  it('leaves inheritance as it was: a city change reaches the county, logged at the city', async () => {
    const { cityAdmin, homeAdmin } = w.users;
    const lec = { red: 300, orange: 150, yellow: 60 };
    expect((await put('360700', { lecBands: lec }, cityAdmin.cookie)).status).toBe(200);
    const county = (await settings('360735', homeAdmin.cookie)).body;
    expect(county.effective.lecBands).toEqual(lec);
    expect(county.overrides.lecBands).toBeUndefined();
    const cityLog = (await changes('360700', cityAdmin.cookie)).body.items;
    expect(cityLog[0]).toMatchObject({ key: 'lecBands', oldValue: null, newValue: lec });
    const countyLog = (await changes('360735', homeAdmin.cookie)).body.items;
    expect(countyLog.some((c: any) => c.key === 'lecBands')).toBe(false);
  });

  it.each([
    [{ lecBands: { red: 10, orange: 100, yellow: 1000 } }, 'lecBands'],
    [{ blacklistStatementWorkingDays: 0 }, 'blacklistStatementWorkingDays'],
    [{ standardizationValidityYears: 'three' }, 'standardizationValidityYears'],
    [{ repeatHazard: { count: 1, days: 90 } }, 'repeatHazard.count'],
    [{ tipoffReward: { rate: 2, min: 0, max: 10 } }, 'tipoffReward.rate'],
  ])('refuses %j with 422 naming %s, and logs nothing', async (body, field) => {
    const reply = await expectRefusedWrite(
      t.db,
      () => put('360735', { dualReportDeadlineWorkingDays: 3, ...body }, w.users.homeAdmin.cookie),
      422,
    );
    expect(reply.body.error.issues.map((i: any) => i.path)).toContain(field);
  });

  it('is read by the settings readers only: neighbours 404, enterprise roles 403', async () => {
    expect((await changes('360735', w.users.homeInspector.cookie)).status).toBe(200);
    expect((await changes('360735', w.users.cityAdmin.cookie)).status).toBe(200);
    expect((await changes('360735', w.users.platformAdmin.cookie)).status).toBe(200);
    expect((await changes('360735', w.users.neighbourAdmin.cookie)).status).toBe(404);
    expect((await changes('360735', w.users.farAdmin.cookie)).status).toBe(404);
    expect((await changes('360700', w.users.homeAdmin.cookie)).status).toBe(404);
    for (const user of ['home1Admin', 'home1Worker', 'neighbour1Admin'] as const) {
      expect((await changes('360735', w.users[user].cookie)).status).toBe(403);
    }
    expect((await changes('360735')).status).toBe(401);
    expect((await changes('36x735', w.users.platformAdmin.cookie)).status).toBe(422);
  });

  it('pages newest first with a cursor', async () => {
    const { homeAdmin } = w.users;
    for (const days of [11, 12, 13]) {
      await put('360735', { standardizationPublicityDays: days }, homeAdmin.cookie);
    }
    const first = (await changes('360735', homeAdmin.cookie, 'limit=2')).body;
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = (await changes('360735', homeAdmin.cookie, `limit=2&cursor=${first.nextCursor}`))
      .body;
    const ids = [...first.items, ...second.items].map((c: any) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(first.items[0]).toMatchObject({ key: 'standardizationPublicityDays', newValue: 13 });
  });
});

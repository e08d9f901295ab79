import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  settingsAt,
  settingsAtEach,
} from '../../api/src/modules/jurisdictions/jurisdictions.service.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The administrative tree and the per-jurisdiction settings that the subtree inherits.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

const codes = (body: { items: { code: string }[] }) => body.items.map((j) => j.code);
const issuePaths = (body: any) => body.error.issues.map((i: { path: string }) => i.path);
const settings = (code: string, cookie: string) =>
  t.api.get(`/v1/jurisdictions/${code}/settings`, cookie);
const putSettings = (code: string, body: unknown, cookie: string) =>
  t.api.put(`/v1/jurisdictions/${code}/settings`, body, cookie);

describe('GET /v1/jurisdictions', () => {
  it('shows a county admin its county only', async () => {
    const reply = await t.api.get('/v1/jurisdictions', w.users.homeAdmin.cookie);
    expect(reply.status).toBe(200);
    expect(reply.body.items).toEqual([
      {
        code: '360735',
        name: '石城县',
        level: 'county',
        parentCode: '360700',
        path: '/360000/360700/360735/',
      },
    ]);
  });

  it('shows the city admin its city and both counties, in path order', async () => {
    const reply = await t.api.get('/v1/jurisdictions', w.users.cityAdmin.cookie);
    expect(codes(reply.body)).toEqual(['360700', '360730', '360735']);
  });

  it('shows an inspector its own subtree', async () => {
    expect(
      codes((await t.api.get('/v1/jurisdictions', w.users.homeInspector.cookie)).body),
    ).toEqual(['360735']);
  });

  it('shows the platform admin everything', async () => {
    const reply = await t.api.get('/v1/jurisdictions', w.users.platformAdmin.cookie);
    expect(codes(reply.body)).toEqual(
      expect.arrayContaining(['360000', '360700', '360730', '360735', '440000', '441800']),
    );
  });

  it('refuses enterprise roles: 403', async () => {
    for (const user of [w.users.home1Admin, w.users.home1Worker, w.users.home1Congress]) {
      expect((await t.api.get('/v1/jurisdictions', user.cookie)).status).toBe(403);
    }
  });
});

describe('POST /v1/jurisdictions', () => {
  const post = (body: Record<string, unknown>, cookie = w.users.platformAdmin.cookie) =>
    t.api.post('/v1/jurisdictions', body, cookie);

  it('creates a county under a city: 201 with its path', async () => {
    const reply = await post({
      code: '360781',
      name: '瑞金市',
      level: 'county',
      parentCode: '360700',
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      code: '360781',
      name: '瑞金市',
      level: 'county',
      parentCode: '360700',
      path: '/360000/360700/360781/',
    });
    expect(codes((await t.api.get('/v1/jurisdictions', w.users.cityAdmin.cookie)).body)).toContain(
      '360781',
    );
  });

  it('creates a town (9 digits) under a county and a province without a parent', async () => {
    const town = await post({
      code: '360735100',
      name: '琴江镇',
      level: 'town',
      parentCode: '360735',
    });
    expect(town.status).toBe(201);
    expect(town.body.path).toBe('/360000/360700/360735/360735100/');
    const province = await post({ code: '500000', name: '重庆市', level: 'province' });
    expect(province.status).toBe(201);
    expect(province.body.parentCode).toBeNull();
  });

  it('refuses a code that exists: 409', async () => {
    const reply = await post({
      code: '360735',
      name: '石城县',
      level: 'county',
      parentCode: '360700',
    });
    expect(reply.status).toBe(409);
  });

  it.each([
    [
      'a 9-digit code for a county',
      'code',
      { code: '360735200', level: 'county', parentCode: '360700' },
    ],
    ['a 6-digit code for a town', 'code', { code: '360736', level: 'town', parentCode: '360735' }],
    [
      'a code that is not 6 or 9 digits',
      'code',
      { code: '36073', level: 'county', parentCode: '360700' },
    ],
    [
      'a parent that does not exist',
      'parentCode',
      { code: '360799', level: 'county', parentCode: '369900' },
    ],
    ['a county without a parent', 'parentCode', { code: '360798', level: 'county' }],
    [
      'a province with a parent',
      'parentCode',
      { code: '510000', level: 'province', parentCode: '360000' },
    ],
    ['a city under a county', 'level', { code: '360797', level: 'city', parentCode: '360735' }],
    [
      'a county whose code is not under its city’s',
      'code',
      { code: '110101', level: 'county', parentCode: '360700' },
    ],
    [
      'a town whose code is not under its county’s',
      'code',
      { code: '360730100', level: 'town', parentCode: '360735' },
    ],
    ['an unknown level', 'level', { code: '360796', level: 'district', parentCode: '360700' }],
  ])('refuses %s: 422 naming %s', async (_, field, body) => {
    const reply = await post({ name: '某区划', ...body });
    expect(reply.status).toBe(422);
    expect(issuePaths(reply.body)).toEqual([field]);
  });

  it('is for the platform admin only: an agency admin gets 403', async () => {
    const reply = await post(
      { code: '360795', name: '某县', level: 'county', parentCode: '360700' },
      w.users.cityAdmin.cookie,
    );
    expect(reply.status).toBe(403);
    const row = await t.db
      .selectFrom('jurisdiction')
      .select('code')
      .where('code', '=', '360795')
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });
});

describe('jurisdiction settings', () => {
  it('start from the defaults of docs/domain.md', async () => {
    const reply = await settings('360735', w.users.homeAdmin.cookie);
    expect(reply.status).toBe(200);
    expect(reply.body.code).toBe('360735');
    expect(reply.body.overrides).toEqual({});
    expect(reply.body.effective).toMatchObject({
      lecBands: { red: 320, orange: 160, yellow: 70 },
      lsBands: { red: 20, orange: 15, yellow: 9 },
      inspectionWeights: { red: 3, orange: 2, other: 1 },
      blacklistStatementWorkingDays: 5,
      standardizationValidityYears: 3,
      dualReportDeadlineWorkingDays: 1,
      inspectionPublicationWorkingDays: 20,
      standardizationScoreFloors: { 一级: 90, 二级: 75, 三级: 60 },
      tipoffReward: { rate: 0.15, min: 3000, max: 300000 },
    });
  });

  it('inherit a city override in the county (effective, not overrides)', async () => {
    const city = await putSettings(
      '360700',
      { lecBands: { red: 300, orange: 150, yellow: 60 } },
      w.users.cityAdmin.cookie,
    );
    expect(city.status).toBe(200);
    expect(city.body.overrides).toEqual({ lecBands: { red: 300, orange: 150, yellow: 60 } });

    const county = await settings('360735', w.users.homeAdmin.cookie);
    expect(county.body.effective.lecBands).toEqual({ red: 300, orange: 150, yellow: 60 });
    expect(county.body.overrides).toEqual({});
    expect(county.body.effective.lsBands).toEqual({ red: 20, orange: 15, yellow: 9 });
  });

  it('let the county override again and win; null restores the inherited value', async () => {
    const own = await putSettings(
      '360735',
      { lecBands: { red: 280, orange: 140, yellow: 50 } },
      w.users.homeAdmin.cookie,
    );
    expect(own.status).toBe(200);
    expect(own.body.effective.lecBands).toEqual({ red: 280, orange: 140, yellow: 50 });
    expect(own.body.overrides).toEqual({ lecBands: { red: 280, orange: 140, yellow: 50 } });
    // The neighbour county still follows the city.
    const neighbour = await settings('360730', w.users.neighbourAdmin.cookie);
    expect(neighbour.body.effective.lecBands).toEqual({ red: 300, orange: 150, yellow: 60 });

    const removed = await putSettings('360735', { lecBands: null }, w.users.homeAdmin.cookie);
    expect(removed.status).toBe(200);
    expect(removed.body.overrides).toEqual({});
    expect(removed.body.effective.lecBands).toEqual({ red: 300, orange: 150, yellow: 60 });
  });

  it('are the same read for many jurisdictions at once as for each alone', async () => {
    expect(
      (await putSettings('360700', { commitmentDeadline: '09:00' }, w.users.cityAdmin.cookie))
        .status,
    ).toBe(200);
    expect(
      (await putSettings('360735', { commitmentDeadline: '08:30' }, w.users.homeAdmin.cookie))
        .status,
    ).toBe(200);
    const places = await t.db.selectFrom('jurisdiction').select(['code', 'path']).execute();
    const each = await settingsAtEach(t.db, places);
    expect(each.size).toBe(places.length);
    for (const p of places)
      expect(each.get(p.code), p.code).toEqual(await settingsAt(t.db, p.code));
    expect(each.get('360735')!.commitmentDeadline).toBe('08:30');
    expect(each.get('360730')!.commitmentDeadline).toBe('09:00');
    expect(
      (await putSettings('360700', { commitmentDeadline: null }, w.users.cityAdmin.cookie)).status,
    ).toBe(200);
    expect(
      (await putSettings('360735', { commitmentDeadline: null }, w.users.homeAdmin.cookie)).status,
    ).toBe(200);
  });

  it('let the platform admin read and set any jurisdiction', async () => {
    const reply = await putSettings(
      '441800',
      { blacklistStatementWorkingDays: 7 },
      w.users.platformAdmin.cookie,
    );
    expect(reply.status).toBe(200);
    expect(reply.body.effective.blacklistStatementWorkingDays).toBe(7);
    expect(
      (await settings('441800', w.users.farAdmin.cookie)).body.effective
        .blacklistStatementWorkingDays,
    ).toBe(7);
  });

  it('are out of reach of a neighbour admin (404) and of an admin below (404 for the city)', async () => {
    expect((await settings('360735', w.users.neighbourAdmin.cookie)).status).toBe(404);
    expect(
      (
        await putSettings(
          '360735',
          { standardizationValidityYears: 5 },
          w.users.neighbourAdmin.cookie,
        )
      ).status,
    ).toBe(404);
    expect(
      (await putSettings('360700', { standardizationValidityYears: 5 }, w.users.homeAdmin.cookie))
        .status,
    ).toBe(404);
    expect(
      (await settings('360735', w.users.homeAdmin.cookie)).body.effective
        .standardizationValidityYears,
    ).toBe(3);
  });

  it('may be read by an inspector but not changed (403); enterprise roles get 403', async () => {
    expect((await settings('360735', w.users.homeInspector.cookie)).status).toBe(200);
    expect(
      (
        await putSettings(
          '360735',
          { standardizationValidityYears: 5 },
          w.users.homeInspector.cookie,
        )
      ).status,
    ).toBe(403);
    expect((await settings('360735', w.users.home1Admin.cookie)).status).toBe(403);
  });

  it.each([
    ['an unknown key', { speedLimit: 60 }],
    ['a wrong type', { lecBands: 'high' }],
    ['a negative band', { lsBands: { red: -1, orange: 15, yellow: 9 } }],
    ['a fractional day count', { blacklistStatementWorkingDays: 2.5 }],
    ['bands out of order', { lecBands: { red: 10, orange: 100, yellow: 1000 } }],
    ['a reward minimum above its maximum', { tipoffReward: { rate: 0.15, min: 5000, max: 3000 } }],
  ])('refuse %s: 422', async (_, body) => {
    const reply = await putSettings('360735', body, w.users.homeAdmin.cookie);
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('VALIDATION');
  });

  it('answer 422 for a malformed code and 404 for an unknown one', async () => {
    expect((await settings('36x735', w.users.platformAdmin.cookie)).status).toBe(422);
    expect((await settings('999999', w.users.platformAdmin.cookie)).status).toBe(404);
  });
});

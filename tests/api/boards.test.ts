import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../support/db-snapshot.js';
import { hazardApi, hazardBody } from '../support/hazards.js';
import { emergencyBody, LEC_FOR, measureBody } from '../support/risk.js';
import { createApp } from '@shuangfang/api';
import { ApiClient, setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// 一牌: a position's board, generated from the register, and its public QR link.

let t: TestApp;
let w: World;
let enterpriseId: string;
let positionId: string;
let eventId: string;
let unitId: string;
let measureId: string;
const register = (path: string) => `/v1/enterprises/${enterpriseId}${path}`;
const boardPath = () => register(`/positions/${positionId}/board`);

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  enterpriseId = w.enterprises.home1.id;
  const cookie = w.users.home1Safety.cookie;
  const object = await t.api.post(
    register('/risk-objects'),
    { name: '粉碎车间', kind: '车间', department: '生产部', responsiblePerson: '张三' },
    cookie,
  );
  const unit = await t.api.post(
    register(`/risk-objects/${object.body.id}/units`),
    { name: '铝粉粉碎工段', responsiblePerson: '李四' },
    cookie,
  );
  const event = await t.api.post(
    register(`/risk-units/${unit.body.id}/events`),
    {
      hazardFactor: '铝粉粉尘积聚遇点火源',
      accidentType: '其他爆炸',
      consequence: '粉尘爆炸，多人伤亡',
    },
    cookie,
  );
  eventId = event.body.id;
  unitId = unit.body.id;
  await t.api.post(register(`/risk-events/${eventId}/assessments`), LEC_FOR.red, cookie);
  measureId = (
    await t.api.post(register(`/risk-events/${eventId}/measures`), measureBody(), cookie)
  ).body.id;
  await t.api.post(
    register(`/risk-events/${eventId}/emergency-measures`),
    emergencyBody({ phone: '0797-1234567' }),
    cookie,
  );
  const position = await t.api.post(
    register('/positions'),
    { name: '粉碎工岗', unitIds: [unit.body.id] },
    cookie,
  );
  positionId = position.body.id;
});
afterAll(() => t.drop());

describe('position boards', () => {
  it('are made from the register: risks, accident types, measures, emergency, phones, colour', async () => {
    const reply = await t.api.get(boardPath(), w.users.home1Worker.cookie);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      positionName: '粉碎工岗',
      grade: 'red',
      accidentTypes: ['其他爆炸'],
      consequences: ['粉尘爆炸，多人伤亡'],
      phones: ['0797-1234567'],
      responsiblePersons: ['李四'],
      link: null,
    });
    expect(reply.body.risks[0]).toMatchObject({ place: '粉碎车间 / 铝粉粉碎工段', grade: 'red' });
    expect(reply.body.measures).toHaveLength(1);
    expect(reply.body.emergencyMeasures).toHaveLength(1);
  });

  it('publish a public link that shows the board to anyone, and nothing else', async () => {
    const issued = await t.api.post(`${boardPath()}-link`, undefined, w.users.home1Safety.cookie);
    expect(issued.status).toBe(201);
    expect(issued.body.token).toMatch(/^[a-z0-9]{24}$/);
    const open = await t.api.get(`/v1/public/boards/${issued.body.token}`);
    expect(open.status).toBe(200);
    expect(open.headers.get('cache-control')).toBe('no-store');
    expect(Object.keys(open.body).sort()).toEqual(
      [
        'accidentTypes',
        'consequences',
        'emergencyMeasures',
        'enterpriseName',
        'grade',
        'lastCheckAt',
        'openHazards',
        'measures',
        'phones',
        'positionName',
        'responsiblePersons',
        'risks',
      ].sort(),
    );
    const text = JSON.stringify(open.body);
    expect(text).not.toContain(enterpriseId);
    expect(text).not.toContain(w.enterprises.home1.creditCode);
  });

  it('show, live, the enterprise, the position, its grade, the last check and the open hazards', async () => {
    const { token } = (await t.api.get(boardPath(), w.users.home1Safety.cookie)).body.link;
    const open = async () => (await t.api.get(`/v1/public/boards/${token}`)).body;
    expect(await open()).toMatchObject({
      enterpriseName: '石城甲公司',
      positionName: '粉碎工岗',
      grade: 'red',
      lastCheckAt: null,
      openHazards: 0,
    });
    const at = new Date('2026-11-20T01:30:00.000Z');
    await t.db
      .insertInto('check_record')
      .values({
        enterprise_id: enterpriseId,
        measure_id: measureId,
        window_start: new Date('2026-11-19T16:00:00.000Z'),
        window_end: new Date('2026-11-20T16:00:00.000Z'),
        result: 'ok',
        note: null,
        attachments: [],
        hazard_id: null,
        recorded_by: w.users.home1Worker.userId,
        recorded_at: at,
      })
      .execute();
    const hazards = hazardApi(t.api, enterpriseId, w.users.home1Safety.cookie);
    const here = await hazards.registered(hazardBody({ riskUnitId: unitId }));
    expect(await open()).toMatchObject({ lastCheckAt: at.toISOString(), openHazards: 1 });
    await hazards.moved(here, { action: 'reject', reason: '经核实不构成隐患' });
    expect((await open()).openHazards).toBe(0);
  });

  it('count the hazards still open in the position’s units, and only those', async () => {
    const hazards = hazardApi(t.api, enterpriseId, w.users.home1Safety.cookie);
    const count = async () => (await t.api.get(boardPath(), w.users.home1Worker.cookie)).body;
    const before = (await count()).openHazards;
    const here = await hazards.registered(hazardBody({ riskUnitId: unitId }));
    await hazards.registered(hazardBody());
    expect((await count()).openHazards).toBe(before + 1);
    await hazards.moved(here, { action: 'reject', reason: '经核实不构成隐患' });
    expect((await count()).openHazards).toBe(before);
  });

  it('build the link on the host the request came to, and warn when phones cannot reach it', async () => {
    const board = (await t.api.get(boardPath(), w.users.home1Safety.cookie)).body;
    expect(board.link.url).toBe(`http://localhost/b/${board.link.token}`);
    expect(board.publicOrigin).toMatchObject({ origin: 'http://localhost', configured: false });
    expect(board.publicOrigin.warning).toContain('PUBLIC_ORIGIN');
    expect(board.link.warning).toBe(board.publicOrigin.warning);
    // A proxy in front, on a real host: no warning, and its host in the link.
    const proxied = await t.api.request('GET', boardPath(), {
      cookie: w.users.home1Safety.cookie,
      headers: { 'x-forwarded-host': 'aq.shicheng.example.cn', 'x-forwarded-proto': 'https' },
    });
    expect(proxied.body.link.url).toBe(`https://aq.shicheng.example.cn/b/${board.link.token}`);
    expect(proxied.body.publicOrigin.warning).toBeNull();
  });

  it('build the link on PUBLIC_ORIGIN when it is set, whatever host the manager typed', async () => {
    const api = new ApiClient(
      createApp({
        db: t.db,
        config: { loginLimitPerAddress: 10_000, publicOrigin: 'https://sf.example.gov.cn' },
      }),
    );
    const issued = await api.post(`${boardPath()}-link`, undefined, w.users.home1Safety.cookie);
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({
      url: `https://sf.example.gov.cn/b/${issued.body.token}`,
      warning: null,
    });
    const board = (await api.get(boardPath(), w.users.home1Safety.cookie)).body;
    expect(board.publicOrigin).toEqual({
      origin: 'https://sf.example.gov.cn',
      configured: true,
      warning: null,
    });
    const draws = (await api.get(`/v1/public/agencies/${w.agencies.home}/inspections`)).body;
    expect(draws.verification.warning).toBeNull();
  });

  it('keep the same link when the board content changes', async () => {
    const { token } = (await t.api.get(boardPath(), w.users.home1Safety.cookie)).body.link;
    await t.api.post(
      register(`/risk-events/${eventId}/assessments`),
      LEC_FOR.blue,
      w.users.home1Safety.cookie,
    );
    const open = await t.api.get(`/v1/public/boards/${token}`);
    expect(open.status).toBe(200);
    expect(open.body.grade).toBe('blue');
  });

  it('are reissued with a new token; the old one answers 404', async () => {
    const old = (await t.api.get(boardPath(), w.users.home1Safety.cookie)).body.link.token;
    const fresh = await t.api.post(`${boardPath()}-link`, undefined, w.users.home1Admin.cookie);
    expect(fresh.body.token).not.toBe(old);
    expect((await t.api.get(`/v1/public/boards/${old}`)).status).toBe(404);
    expect((await t.api.get(`/v1/public/boards/${fresh.body.token}`)).status).toBe(200);
  });

  it('are revoked: the link answers 404 and the board shows no link', async () => {
    const { token } = (await t.api.get(boardPath(), w.users.home1Safety.cookie)).body.link;
    const revoked = await t.api.post(
      `${boardPath()}-link/revoke`,
      undefined,
      w.users.home1Safety.cookie,
    );
    expect(revoked.status).toBe(200);
    expect((await t.api.get(`/v1/public/boards/${token}`)).status).toBe(404);
    expect((await t.api.get(boardPath(), w.users.home1Safety.cookie)).body.link).toBeNull();
  });

  it('answer 404 for an unknown token and 422 for a malformed one', async () => {
    expect((await t.api.get('/v1/public/boards/aaaaaaaaaaaaaaaaaaaaaaaa')).status).toBe(404);
    expect((await t.api.get('/v1/public/boards/..%2F..%2Fetc')).status).toBe(422);
  });

  it('stop being public when the position is archived', async () => {
    const issued = await t.api.post(`${boardPath()}-link`, undefined, w.users.home1Safety.cookie);
    await t.api.post(
      register(`/positions/${positionId}/archive`),
      undefined,
      w.users.home1Safety.cookie,
    );
    expect((await t.api.get(`/v1/public/boards/${issued.body.token}`)).status).toBe(404);
    const again = await t.api.post(`${boardPath()}-link`, undefined, w.users.home1Safety.cookie);
    expect(again.status).toBe(409);
  });

  it('are out of reach of other tenants and regulators elsewhere; only managers publish', async () => {
    const before = await snapshot(t.db);
    for (const user of [w.users.home2Admin, w.users.neighbour1Admin, w.users.neighbourAdmin]) {
      expect((await t.api.get(boardPath(), user.cookie)).status).toBe(404);
    }
    for (const user of [w.users.home2Admin, w.users.neighbour1Admin]) {
      expect((await t.api.post(`${boardPath()}-link`, undefined, user.cookie)).status).toBe(404);
    }
    for (const user of [w.users.home1Worker, w.users.homeAdmin, w.users.homeInspector]) {
      expect((await t.api.post(`${boardPath()}-link`, undefined, user.cookie)).status).toBe(403);
    }
    expect((await t.api.get(boardPath(), w.users.homeInspector.cookie)).status).toBe(200);
    expect(await snapshot(t.db)).toEqual(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../support/images.js';
import { emergencyBody, LEC_FOR, measureBody } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The completeness of 一图一牌三清单, built up one missing piece at a time on home2.

let t: TestApp;
let w: World;
let enterpriseId: string;
let cookie: string;
const register = (path: string) => `/v1/enterprises/${enterpriseId}${path}`;
const check = async () => {
  const reply = await t.api.get(register('/register-completeness'), cookie);
  expect(reply.status).toBe(200);
  return reply.body;
};
const ids = (items: { id: string }[]) => items.map((i) => i.id);

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  enterpriseId = w.enterprises.home2.id;
  cookie = w.users.home2Admin.cookie;
});
afterAll(() => t.drop());

describe('register completeness', () => {
  let objectId: string;
  let unitId: string;
  let eventId: string;
  let positionId: string;

  it('is not complete for an empty register, and says so', async () => {
    const result = await check();
    expect(result).toMatchObject({ complete: false, empty: true, noPositions: true });
    expect(result.missing.sitePlan).toBe(true);
  });

  it('reports an object not placed, an event not assessed and without a measure', async () => {
    objectId = (
      await t.api.post(
        register('/risk-objects'),
        { name: '甲类仓库', kind: '储存设施', department: '仓储部', responsiblePerson: '钱八' },
        cookie,
      )
    ).body.id;
    unitId = (
      await t.api.post(
        register(`/risk-objects/${objectId}/units`),
        { name: '库区', responsiblePerson: '钱八' },
        cookie,
      )
    ).body.id;
    eventId = (
      await t.api.post(
        register(`/risk-units/${unitId}/events`),
        { hazardFactor: '易燃液体泄漏', accidentType: '火灾', consequence: '火灾' },
        cookie,
      )
    ).body.id;
    const { missing } = await check();
    expect(ids(missing.objectsNotPlaced)).toEqual([objectId]);
    expect(ids(missing.eventsNotAssessed)).toEqual([eventId]);
    expect(ids(missing.eventsWithoutMeasure)).toEqual([eventId]);
    expect(missing.eventsNotAssessed[0].place).toBe('甲类仓库 / 库区');
  });

  it('reports a red event without an emergency measure once assessed', async () => {
    await t.api.post(register(`/risk-events/${eventId}/assessments`), LEC_FOR.red, cookie);
    await t.api.post(register(`/risk-events/${eventId}/measures`), measureBody(), cookie);
    const { missing } = await check();
    expect(missing.eventsNotAssessed).toEqual([]);
    expect(missing.eventsWithoutMeasure).toEqual([]);
    expect(ids(missing.majorEventsWithoutEmergencyMeasure)).toEqual([eventId]);
    await t.api.post(
      register(`/risk-events/${eventId}/emergency-measures`),
      emergencyBody(),
      cookie,
    );
    expect((await check()).missing.majorEventsWithoutEmergencyMeasure).toEqual([]);
  });

  it('reports the site plan and the unplaced object until both are done', async () => {
    const form = new FormData();
    form.append('file', new File([new Uint8Array(makePng(20, 10))], 'plan.png'));
    await t.api.request('PUT', register('/site-plan'), { body: form, cookie });
    expect((await check()).missing.sitePlan).toBe(false);
    await t.api.put(
      register(`/risk-objects/${objectId}/polygon`),
      {
        points: [
          [0.1, 0.1],
          [0.5, 0.1],
          [0.5, 0.5],
        ],
      },
      cookie,
    );
    expect((await check()).missing.objectsNotPlaced).toEqual([]);
  });

  it('reports a position without units, then one whose board is not published', async () => {
    positionId = (await t.api.post(register('/positions'), { name: '仓管员岗' }, cookie)).body.id;
    let result = await check();
    expect(result.missing.positionsWithoutBoard).toEqual([
      { id: positionId, name: '仓管员岗', reason: 'no_units' },
    ]);
    await t.api.patch(register(`/positions/${positionId}`), { unitIds: [unitId] }, cookie);
    result = await check();
    expect(result.missing.positionsWithoutBoard[0].reason).toBe('not_published');
    expect(result.complete).toBe(false);
  });

  it('is complete when nothing is missing', async () => {
    await t.api.post(register(`/positions/${positionId}/board-link`), undefined, cookie);
    const result = await check();
    expect(result).toMatchObject({ complete: true, empty: false, noPositions: false });
  });

  it('ignores archived records: archiving the unit leaves the position without units', async () => {
    await t.api.post(register(`/risk-units/${unitId}/archive`), undefined, cookie);
    const result = await check();
    expect(result.complete).toBe(false);
    expect(result.missing.positionsWithoutBoard[0].reason).toBe('no_units');
    expect(result.missing.eventsNotAssessed).toEqual([]);
  });

  it('is read by the regulators above, not by other tenants or counties', async () => {
    expect(
      (await t.api.get(register('/register-completeness'), w.users.homeInspector.cookie)).status,
    ).toBe(200);
    for (const user of [w.users.home1Admin, w.users.neighbour1Admin, w.users.neighbourAdmin]) {
      expect((await t.api.get(register('/register-completeness'), user.cookie)).status).toBe(404);
    }
  });
});

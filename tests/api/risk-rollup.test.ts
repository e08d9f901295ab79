import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, makeUser } from '../support/factories.js';
import { inRegister, LEC_FOR, objectBody, riskApi, type RiskApi } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Colours roll up (docs/domain.md section 1): a unit's and an object's colour is the highest grade of
// its current events, the enterprise's risk level the highest of all; regulators read the latter
// on the enterprise. Bands come from the enterprise's jurisdiction, inherited down the tree.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

/** A fresh enterprise of the home county with its own safety manager: an empty register. */
async function freshEnterprise(): Promise<{ id: string; api: RiskApi }> {
  const { id } = await makeEnterprise(t.db, {
    jurisdictionCode: '360735',
    agencyId: w.agencies.home,
  });
  const manager = await makeUser(t.db, { role: 'safety_manager', enterpriseId: id });
  return { id, api: riskApi(t.api, id, manager.cookie) };
}

/** The risk level regulators see on the enterprise, and the one in its register. */
async function riskLevels(e: { id: string; api: RiskApi }) {
  const enterprise = await t.api.get(`/v1/enterprises/${e.id}`, w.users.homeAdmin.cookie);
  expect(enterprise.status).toBe(200);
  const register = await e.api.register();
  expect(register.status).toBe(200);
  expect(register.body.riskLevel).toBe(enterprise.body.riskLevel);
  return enterprise.body.riskLevel as string | null;
}

const colours = async (api: RiskApi, ids: { objectId: string; unitId?: string }) => {
  const r = (await api.register()).body;
  return {
    object: inRegister.object(r, ids.objectId)?.colour,
    unit: ids.unitId ? inRegister.unit(r, ids.unitId)?.colour : undefined,
  };
};

describe('colour roll-up', () => {
  it('has no colour before any assessment', async () => {
    const e = await freshEnterprise();
    const { objectId, unitId } = await e.api.chain();
    expect(await colours(e.api, { objectId, unitId })).toEqual({ object: null, unit: null });
    expect(await riskLevels(e)).toBeNull();
  });

  it('colours an object by its highest event and the enterprise by its highest object', async () => {
    const e = await freshEnterprise();
    const plant = e.api.created(await e.api.createObject(objectBody()), 'plant');
    const store = e.api.created(await e.api.createObject(objectBody()), 'store');
    const blue = await e.api.eventUnder(plant, LEC_FOR.blue);
    expect(await colours(e.api, { objectId: plant, unitId: blue.unitId })).toEqual({
      object: 'blue',
      unit: 'blue',
    });
    expect(await riskLevels(e)).toBe('blue');

    const yellow = await e.api.eventUnder(plant, LEC_FOR.yellow);
    await e.api.eventUnder(store, LEC_FOR.orange);
    expect((await colours(e.api, { objectId: plant })).object).toBe('yellow');
    expect((await colours(e.api, { objectId: store })).object).toBe('orange');
    expect(await riskLevels(e)).toBe('orange');

    // A re-assessment moves the colours both ways.
    await e.api.assess(yellow.eventId, LEC_FOR.red);
    expect((await colours(e.api, { objectId: plant })).object).toBe('red');
    expect(await riskLevels(e)).toBe('red');
    await e.api.assess(yellow.eventId, LEC_FOR.blue);
    expect((await colours(e.api, { objectId: plant })).object).toBe('blue');
    expect(await riskLevels(e)).toBe('orange');
  });

  it('lowers the colours when the red event is archived', async () => {
    const e = await freshEnterprise();
    const objectId = e.api.created(await e.api.createObject(objectBody()), 'object');
    const red = await e.api.eventUnder(objectId, LEC_FOR.red);
    await e.api.eventUnder(objectId, LEC_FOR.yellow);
    expect(await riskLevels(e)).toBe('red');

    expect((await e.api.archive('risk-events', red.eventId)).status).toBe(200);
    expect((await colours(e.api, { objectId })).object).toBe('yellow');
    expect(await riskLevels(e)).toBe('yellow');
    // Shown with the archived rows, the archived red event still does not colour its object.
    const all = (await e.api.register(true)).body;
    expect(inRegister.event(all, red.eventId)).toMatchObject({ archived: true, grade: 'red' });
    expect(inRegister.object(all, objectId).colour).toBe('yellow');
    expect(inRegister.unit(all, red.unitId).colour).toBeNull();
  });

  it('lowers them when the unit of the red event is archived', async () => {
    const e = await freshEnterprise();
    const objectId = e.api.created(await e.api.createObject(objectBody()), 'object');
    const red = await e.api.eventUnder(objectId, LEC_FOR.red);
    await e.api.eventUnder(objectId, LEC_FOR.blue);
    expect(await riskLevels(e)).toBe('red');
    expect((await e.api.archive('risk-units', red.unitId)).status).toBe(200);
    expect((await colours(e.api, { objectId })).object).toBe('blue');
    expect(await riskLevels(e)).toBe('blue');
    const all = (await e.api.register(true)).body;
    expect(inRegister.object(all, objectId).colour).toBe('blue');
  });

  it('lowers the enterprise when the red object is archived, to none when nothing is left', async () => {
    const e = await freshEnterprise();
    const redObject = e.api.created(await e.api.createObject(objectBody()), 'red');
    const otherObject = e.api.created(await e.api.createObject(objectBody()), 'other');
    await e.api.eventUnder(redObject, LEC_FOR.red);
    await e.api.eventUnder(otherObject, LEC_FOR.orange);
    expect(await riskLevels(e)).toBe('red');
    expect((await e.api.archive('risk-objects', redObject)).status).toBe(200);
    expect(await riskLevels(e)).toBe('orange');
    expect((await e.api.archive('risk-objects', otherObject)).status).toBe(200);
    expect(await riskLevels(e)).toBeNull();
  });

  it('keeps one enterprise’s grades out of another’s risk level', async () => {
    const a = await freshEnterprise();
    const b = await freshEnterprise();
    const objectId = a.api.created(await a.api.createObject(objectBody()), 'object');
    await a.api.eventUnder(objectId, LEC_FOR.red);
    expect(await riskLevels(a)).toBe('red');
    expect(await riskLevels(b)).toBeNull();
  });
});

describe('bands of the jurisdiction', () => {
  const putSettings = (code: string, body: unknown) =>
    t.api.put(`/v1/jurisdictions/${code}/settings`, body, w.users.cityAdmin.cookie);

  it('grade a new assessment with the bands the city set, inherited by the county', async () => {
    const e = await freshEnterprise();
    const objectId = e.api.created(await e.api.createObject(objectBody()), 'object');
    const before = await e.api.eventUnder(objectId, LEC_FOR.orange); // D = 252
    const lsBefore = await e.api.eventUnder(objectId, { method: 'LS', l: 2, s: 5 }); // R = 10
    expect(await riskLevels(e)).toBe('orange');
    try {
      const put = await putSettings('360700', {
        lecBands: { red: 250, orange: 100, yellow: 50 },
        lsBands: { red: 10, orange: 6, yellow: 3 },
      });
      expect(put.status).toBe(200);
      const county = await t.api.get('/v1/jurisdictions/360735/settings', w.users.homeAdmin.cookie);
      expect(county.body.effective.lecBands).toEqual({ red: 250, orange: 100, yellow: 50 });

      const after = await e.api.eventUnder(objectId);
      const lec = await e.api.assess(after.eventId, LEC_FOR.orange);
      expect(lec.body).toMatchObject({ score: 252, grade: 'red' });
      expect((await e.api.assess(after.eventId, { method: 'LS', l: 2, s: 5 })).body).toMatchObject({
        score: 10,
        grade: 'red',
      });
      expect((await e.api.assess(after.eventId, LEC_FOR.blue)).body).toMatchObject({
        score: 18,
        grade: 'blue',
      });
      expect(
        (await e.api.assess(after.eventId, { method: 'LEC', l: 3, e: 3, c: 7 })).body,
      ).toMatchObject({ score: 63, grade: 'yellow' });
      // Earlier assessments keep the grade they were given.
      const r = (await e.api.register()).body;
      expect(inRegister.event(r, before.eventId).grade).toBe('orange');
      expect(inRegister.event(r, lsBefore.eventId).grade).toBe('yellow');
      expect((await e.api.history(before.eventId)).body.items[0].grade).toBe('orange');

      // A county override wins over the city's.
      const own = await t.api.put(
        '/v1/jurisdictions/360735/settings',
        { lecBands: { red: 600, orange: 300, yellow: 200 } },
        w.users.homeAdmin.cookie,
      );
      expect(own.status).toBe(200);
      expect((await e.api.assess(after.eventId, LEC_FOR.red)).body).toMatchObject({
        score: 540,
        grade: 'orange',
      });
    } finally {
      await t.api.put(
        '/v1/jurisdictions/360735/settings',
        { lecBands: null },
        w.users.homeAdmin.cookie,
      );
      await putSettings('360700', { lecBands: null, lsBands: null });
    }
    const back = await e.api.eventUnder(objectId, LEC_FOR.orange);
    expect((await e.api.history(back.eventId)).body.items[0].grade).toBe('orange');
  });

  it('grade with the default control level the jurisdiction set', async () => {
    const e = await freshEnterprise();
    try {
      const put = await putSettings('360700', {
        controlLevelByGrade: { red: '公司级', orange: '部门级', yellow: '车间级', blue: '岗位级' },
      });
      expect(put.status).toBe(200);
      const { eventId } = await e.api.chain();
      await e.api.assess(eventId, LEC_FOR.blue);
      const event = inRegister.event((await e.api.register()).body, eventId);
      expect(event).toMatchObject({ grade: 'blue', controlLevel: '岗位级' });
      // 班组级 is no longer the default of blue: moving to it needs a reason.
      const reply = await e.api.setControlLevel(eventId, { controlLevel: '班组级' });
      expect(reply.status).toBe(422);
      expect(reply.body.error.issues[0].path).toBe('reason');
    } finally {
      await putSettings('360700', { controlLevelByGrade: null });
    }
  });
});

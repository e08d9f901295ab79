import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventBody, inRegister, objectBody, riskApi, unitBody } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The order of each list of the register: by sortOrder, which a user sets or changes; a row made
// without one goes to the end of its parent's list.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

describe('sortOrder', () => {
  it('orders objects, units and events, and a PATCH reorders them', async () => {
    // An enterprise of its own so that the register holds only this test's rows.
    const api = riskApi(t.api, w.enterprises.home2.id, w.users.home2Admin.cookie);
    const [c, a, b] = [
      api.created(await api.createObject(objectBody({ name: 'C', sortOrder: 30 })), 'c'),
      api.created(await api.createObject(objectBody({ name: 'A', sortOrder: 10 })), 'a'),
      api.created(await api.createObject(objectBody({ name: 'B', sortOrder: 20 })), 'b'),
    ];
    const names = async () => (await api.register()).body.objects.map((o: any) => o.name);
    expect(await names()).toEqual(['A', 'B', 'C']);
    expect((await api.update('risk-objects', c, { sortOrder: 5 })).status).toBe(200);
    expect(await names()).toEqual(['C', 'A', 'B']);
    expect([a, b]).toHaveLength(2);

    const u2 = api.created(await api.createUnit(a, unitBody({ name: 'u2', sortOrder: 2 })), 'u2');
    const u1 = api.created(await api.createUnit(a, unitBody({ name: 'u1', sortOrder: 1 })), 'u1');
    const e2 = api.created(await api.createEvent(u1, eventBody({ sortOrder: 2 })), 'e2');
    const e1 = api.created(await api.createEvent(u1, eventBody({ sortOrder: 1 })), 'e1');
    let r = (await api.register()).body;
    expect(inRegister.object(r, a).units.map((u: any) => u.id)).toEqual([u1, u2]);
    expect(inRegister.unit(r, u1).events.map((ev: any) => ev.id)).toEqual([e1, e2]);
    await api.update('risk-events', e2, { sortOrder: 0 });
    await api.update('risk-units', u2, { sortOrder: 0 });
    r = (await api.register()).body;
    expect(inRegister.object(r, a).units.map((u: any) => u.id)).toEqual([u2, u1]);
    expect(inRegister.unit(r, u1).events.map((ev: any) => ev.id)).toEqual([e2, e1]);
    expect(inRegister.event(r, e2).sortOrder).toBe(0);
  });

  it('puts a new row without sortOrder at the end of its parent’s list', async () => {
    const safety = riskApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
    const { objectId, unitId } = await safety.chain();
    const second = safety.created(await safety.createUnit(objectId, unitBody()), 'second');
    const placed = safety.created(
      await safety.createUnit(objectId, unitBody({ sortOrder: 10 })),
      'placed',
    );
    const last = safety.created(await safety.createUnit(objectId, unitBody()), 'last');
    const r = (await safety.register()).body;
    expect(inRegister.object(r, objectId).units.map((u: any) => [u.id, u.sortOrder])).toEqual([
      [unitId, 0],
      [second, 1],
      [placed, 10],
      [last, 11],
    ]);
    // Each parent numbers its own list.
    const other = await safety.chain();
    expect(inRegister.unit((await safety.register()).body, other.unitId).sortOrder).toBe(0);
  });

  // BUG (risk.repository.ts insertRow, commit 25209ef): the end of a list is max(sort_order) + 1
  // with no ceiling, so after a row at the highest sortOrder the API accepts (100000) the next one
  // gets 100001, which the same API refuses when a client saves the row back as it was read.
  it('gives a new row a sortOrder that the API accepts back', async () => {
    const e = w.enterprises.neighbour1;
    const api = riskApi(t.api, e.id, w.users.neighbour1Admin.cookie);
    api.created(await api.createObject(objectBody({ sortOrder: 100_000 })), 'top');
    const next = api.created(await api.createObject(objectBody()), 'next');
    const { sortOrder } = inRegister.object((await api.register()).body, next);
    const reply = await api.update('risk-objects', next, { sortOrder });
    expect(reply.status, `sortOrder ${sortOrder}: ${JSON.stringify(reply.body)}`).toBe(200);
  });
});

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

describe('PUT /risk-order', () => {
  it('puts a whole list in the order given, numbering it from 0', async () => {
    const api = riskApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
    const { objectId, unitId } = await api.chain();
    const second = api.created(await api.createUnit(objectId, unitBody()), 'second');
    const third = api.created(await api.createUnit(objectId, unitBody()), 'third');
    const ids = [third, unitId, second];
    const reply = await api.reorder({ list: 'units', parentId: objectId, ids });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const units = inRegister.object((await api.register()).body, objectId).units;
    expect(units.map((u: any) => [u.id, u.sortOrder])).toEqual([
      [third, 0],
      [unitId, 1],
      [second, 2],
    ]);
  });

  it('orders the objects of the enterprise, which have no parent', async () => {
    const api = riskApi(t.api, w.enterprises.neighbour1.id, w.users.neighbour1Admin.cookie);
    const a = api.created(await api.createObject(objectBody({ name: 'A' })), 'a');
    const b = api.created(await api.createObject(objectBody({ name: 'B' })), 'b');
    const others = (await api.register()).body.objects
      .map((o: any) => o.id)
      .filter((id: string) => id !== a && id !== b);
    const ids = [b, ...others, a];
    const reply = await api.reorder({ list: 'objects', parentId: null, ids });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect((await api.register()).body.objects.map((o: any) => o.id)).toEqual(ids);
  });

  it('refuses a list that leaves out a row, adds another list’s row or repeats one: 422 on ids', async () => {
    const api = riskApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
    const { objectId, unitId } = await api.chain();
    const second = api.created(await api.createUnit(objectId, unitBody()), 'second');
    const elsewhere = (await api.chain()).unitId;
    const before = (await api.register()).body;
    for (const ids of [[second], [second, unitId, elsewhere], [second, unitId, second]]) {
      const reply = await api.reorder({ list: 'units', parentId: objectId, ids });
      expect(reply.status, JSON.stringify(ids)).toBe(422);
      expect(reply.body.error.issues.map((i: any) => i.path)).toContain('ids');
    }
    // Nothing was renumbered by the refused lists.
    expect((await api.register()).body).toEqual(before);
  });

  it('names parentId when it is missing for a child list, or given for the objects', async () => {
    const api = riskApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
    const { objectId, unitId } = await api.chain();
    for (const body of [
      { list: 'units', ids: [unitId] },
      { list: 'objects', parentId: unitId, ids: [objectId] },
    ]) {
      const reply = await api.reorder(body);
      expect(reply.status).toBe(422);
      expect(reply.body.error.issues.map((i: any) => i.path)).toContain('parentId');
    }
  });

  it('answers 404 for a parent of another enterprise and 409 for an archived one', async () => {
    const home = riskApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
    const other = riskApi(t.api, w.enterprises.home2.id, w.users.home2Admin.cookie);
    const theirs = await other.chain();
    const foreign = await home.reorder({
      list: 'events',
      parentId: theirs.unitId,
      ids: [theirs.eventId],
    });
    expect(foreign.status).toBe(404);
    const mine = await home.chain();
    await home.archive('risk-units', mine.unitId);
    const archived = await home.reorder({
      list: 'events',
      parentId: mine.unitId,
      ids: [mine.eventId],
    });
    expect(archived.status).toBe(409);
  });
});

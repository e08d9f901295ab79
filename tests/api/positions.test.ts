import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../support/db-snapshot.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Positions (岗位): the units a position works in and the workers assigned to it.

let t: TestApp;
let w: World;
let enterpriseId: string;
let unitIds: string[];
const base = () => `/v1/enterprises/${enterpriseId}/positions`;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  enterpriseId = w.enterprises.home1.id;
  const cookie = w.users.home1Safety.cookie;
  const object = await t.api.post(
    `/v1/enterprises/${enterpriseId}/risk-objects`,
    { name: '液氨冷库', kind: '储存设施', department: '仓储部', responsiblePerson: '赵六' },
    cookie,
  );
  unitIds = [];
  for (const name of ['氨机房', '冷藏间']) {
    const unit = await t.api.post(
      `/v1/enterprises/${enterpriseId}/risk-objects/${object.body.id}/units`,
      { name, responsiblePerson: '赵六' },
      cookie,
    );
    unitIds.push(unit.body.id);
  }
});
afterAll(() => t.drop());

describe('positions', () => {
  let positionId: string;

  it('are created with their units and workers by a safety manager', async () => {
    const reply = await t.api.post(
      base(),
      { name: '制冷工岗', unitIds, workerUserIds: [w.users.home1Worker.userId] },
      w.users.home1Safety.cookie,
    );
    expect(reply.status).toBe(201);
    positionId = reply.body.id;
    expect(reply.body.units.map((u: { name: string }) => u.name)).toEqual(['氨机房', '冷藏间']);
    expect(reply.body.units[0].objectName).toBe('液氨冷库');
    expect(reply.body.workers.map((x: { userId: string }) => x.userId)).toEqual([
      w.users.home1Worker.userId,
    ]);
  });

  it('replace units or workers as a whole on PATCH and leave the rest alone', async () => {
    const reply = await t.api.patch(
      `${base()}/${positionId}`,
      { unitIds: [unitIds[1]] },
      w.users.home1Admin.cookie,
    );
    expect(reply.status).toBe(200);
    expect(reply.body.name).toBe('制冷工岗');
    expect(reply.body.units.map((u: { id: string }) => u.id)).toEqual([unitIds[1]]);
    expect(reply.body.workers).toHaveLength(1);
  });

  it('refuse a unit or a worker of another enterprise: 422 naming the field, nothing written', async () => {
    const otherObject = await t.db
      .insertInto('risk_object')
      .values({
        enterprise_id: w.enterprises.home2.id,
        name: '别家',
        kind: '车间',
        department: '-',
        responsible_person: '-',
        archived_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const otherUnit = await t.db
      .insertInto('risk_unit')
      .values({
        enterprise_id: w.enterprises.home2.id,
        object_id: otherObject.id,
        name: '别家单元',
        responsible_person: '-',
        archived_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const baseline = await snapshot(t.db);
    const badUnit = await t.api.post(
      base(),
      { name: '错岗', unitIds: [otherUnit.id] },
      w.users.home1Safety.cookie,
    );
    expect(badUnit.status).toBe(422);
    expect(badUnit.body.error.issues[0].path).toBe('unitIds');
    const badWorker = await t.api.post(
      base(),
      { name: '错岗', workerUserIds: [w.users.home2Admin.userId] },
      w.users.home1Safety.cookie,
    );
    expect(badWorker.status).toBe(422);
    expect(badWorker.body.error.issues[0].path).toBe('workerUserIds');
    expect(await snapshot(t.db)).toEqual(baseline);
  });

  it('refuse a duplicate id and a blank name: 422', async () => {
    const reply = await t.api.post(
      base(),
      { name: ' ', unitIds: [unitIds[0], unitIds[0]] },
      w.users.home1Safety.cookie,
    );
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'name',
      'unitIds',
    ]);
  });

  it('are read by the enterprise and its regulators, not by others', async () => {
    for (const user of [
      w.users.home1Worker,
      w.users.home1Congress,
      w.users.homeAdmin,
      w.users.homeInspector,
    ]) {
      const reply = await t.api.get(base(), user.cookie);
      expect(reply.status).toBe(200);
      const position = reply.body.items.find((p: { id: string }) => p.id === positionId);
      // Readers who may not write are offered nothing to do with it.
      expect(position.actions).toEqual([]);
    }
    const writer = await t.api.get(base(), w.users.home1Safety.cookie);
    expect(writer.body.items.find((p: { id: string }) => p.id === positionId).actions).toEqual([
      'update',
      'archive',
    ]);
    for (const user of [w.users.home2Admin, w.users.neighbour1Admin, w.users.neighbourAdmin]) {
      expect((await t.api.get(base(), user.cookie)).status).toBe(404);
    }
    expect((await t.api.get(base())).status).toBe(401);
  });

  it('are written only by the enterprise’s admin or safety manager', async () => {
    const before = await snapshot(t.db);
    for (const user of [w.users.home1Worker, w.users.home1Congress, w.users.homeAdmin]) {
      expect((await t.api.post(base(), { name: 'x' }, user.cookie)).status).toBe(403);
      expect(
        (await t.api.patch(`${base()}/${positionId}`, { name: 'x' }, user.cookie)).status,
      ).toBe(403);
    }
    for (const user of [w.users.home2Admin, w.users.neighbour1Admin]) {
      expect((await t.api.post(base(), { name: 'x' }, user.cookie)).status).toBe(404);
      expect(
        (await t.api.post(`${base()}/${positionId}/archive`, undefined, user.cookie)).status,
      ).toBe(404);
    }
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('drop an archived unit from their list', async () => {
    await t.api.post(
      `/v1/enterprises/${enterpriseId}/risk-units/${unitIds[1]}/archive`,
      undefined,
      w.users.home1Safety.cookie,
    );
    const reply = await t.api.get(base(), w.users.home1Safety.cookie);
    const position = reply.body.items.find((p: { id: string }) => p.id === positionId);
    expect(position.units).toEqual([]);
  });

  it('are archived: gone from the current list, kept with includeArchived, no longer editable', async () => {
    const cookie = w.users.home1Safety.cookie;
    expect((await t.api.post(`${base()}/${positionId}/archive`, undefined, cookie)).status).toBe(
      200,
    );
    expect(
      (await t.api.get(base(), cookie)).body.items.map((p: { id: string }) => p.id),
    ).not.toContain(positionId);
    const all = await t.api.get(`${base()}?includeArchived=true`, cookie);
    const archived = all.body.items.find((p: { id: string }) => p.id === positionId);
    expect(archived.archived).toBe(true);
    expect(archived.actions).toEqual([]);
    expect((await t.api.patch(`${base()}/${positionId}`, { name: 'y' }, cookie)).status).toBe(409);
  });
});

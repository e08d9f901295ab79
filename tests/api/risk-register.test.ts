import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldName } from '../../api/src/lib/field-labels.js';
import { snapshot } from '../support/db-snapshot.js';
import {
  eventBody,
  inRegister,
  objectBody,
  riskApi,
  unitBody,
  type RiskApi,
  expectRefusedWrite as refusedWrite,
  issuePaths,
} from '../support/risk.js';
import { rawRequest } from '../support/http.js';
import { ORIGIN, setupTestApp, type Reply, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The risk chain object → unit → event of one enterprise: making and editing it. Archiving is in
// risk-archive.test.ts, list order in risk-order.test.ts, grading in risk-assessment.test.ts,
// colours in risk-rollup.test.ts, measures in risk-measures.test.ts, who may do what in
// risk-access.test.ts.

let t: TestApp;
let w: World;
let safety: RiskApi;
let admin: RiskApi;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  safety = riskApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
  admin = riskApi(t.api, w.enterprises.home1.id, w.users.home1Admin.cookie);
});
afterAll(() => t.drop());

const register = async (api: RiskApi = safety, includeArchived?: boolean) => {
  const reply = await api.register(includeArchived);
  expect(reply.status).toBe(200);
  return reply.body;
};

const expectRefusedWrite = (write: () => Promise<Reply>, status: number) =>
  refusedWrite(t.db, write, status);

describe('making the chain', () => {
  it('lets the safety manager make an object, a unit under it and an event under that', async () => {
    const object = objectBody({ majorHazardCode: '36073500001' });
    const objectId = safety.created(await safety.createObject(object), 'object');
    const unit = unitBody();
    const unitId = safety.created(await safety.createUnit(objectId, unit), 'unit');
    const event = eventBody();
    const eventId = safety.created(await safety.createEvent(unitId, event), 'event');

    const r = await register();
    expect(r.enterpriseId).toBe(w.enterprises.home1.id);
    expect(inRegister.object(r, objectId)).toMatchObject({
      ...object,
      archived: false,
      sortOrder: 0,
      colour: null,
    });
    expect(inRegister.object(r, objectId).units.map((u: any) => u.id)).toEqual([unitId]);
    expect(inRegister.unit(r, unitId)).toMatchObject({ ...unit, archived: false, colour: null });
    expect(inRegister.unit(r, unitId).events.map((e: any) => e.id)).toEqual([eventId]);
    expect(inRegister.event(r, eventId)).toEqual({
      id: eventId,
      ...event,
      sortOrder: 0,
      archived: false,
      grade: null,
      controlLevel: null,
      controlLevelReason: null,
      reassessFlaggedAt: null,
      latestAssessment: null,
      measures: [],
      emergencyMeasures: [],
    });
    const row = await t.db
      .selectFrom('risk_event')
      .selectAll()
      .where('id', '=', eventId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ enterprise_id: w.enterprises.home1.id, unit_id: unitId });
  });

  it('lets the enterprise admin do the same', async () => {
    const { objectId, unitId, eventId } = await admin.chain();
    const r = await register(admin);
    expect(inRegister.object(r, objectId)).toBeDefined();
    expect(inRegister.unit(r, unitId)).toBeDefined();
    expect(inRegister.event(r, eventId)).toBeDefined();
  });

  it('leaves majorHazardCode empty when not given', async () => {
    const objectId = safety.created(await safety.createObject(objectBody()), 'object');
    expect(inRegister.object(await register(), objectId).majorHazardCode).toBeNull();
  });

  it('takes the tenant from the path and ignores ids and flags sent in the body', async () => {
    const reply = await safety.createObject(
      objectBody({
        id: crypto.randomUUID(),
        enterpriseId: w.enterprises.home2.id,
        enterprise_id: w.enterprises.home2.id,
        archived: true,
        colour: 'red',
      }),
    );
    const objectId = safety.created(reply, 'object');
    const row = await t.db
      .selectFrom('risk_object')
      .selectAll()
      .where('id', '=', objectId)
      .executeTakeFirstOrThrow();
    expect(row.enterprise_id).toBe(w.enterprises.home1.id);
    expect(row.archived_at).toBeNull();
    expect(inRegister.object(await register(), objectId)).toMatchObject({
      archived: false,
      colour: null,
    });
  });

  it.each([
    ['name missing', { name: undefined }, 'name'],
    ['name blank', { name: '   ' }, 'name'],
    ['name of 101 characters', { name: '厂'.repeat(101) }, 'name'],
    ['kind missing', { kind: undefined }, 'kind'],
    ['department a number', { department: 7 }, 'department'],
    ['responsiblePerson empty', { responsiblePerson: '' }, 'responsiblePerson'],
    ['majorHazardCode empty', { majorHazardCode: '' }, 'majorHazardCode'],
    ['sortOrder negative', { sortOrder: -1 }, 'sortOrder'],
    ['sortOrder a fraction', { sortOrder: 1.5 }, 'sortOrder'],
  ])('refuses an object with %s: 422 naming the field, nothing written', async (_, over, path) => {
    const reply = await expectRefusedWrite(() => safety.createObject(objectBody(over)), 422);
    expect(reply.body.error.code).toBe('VALIDATION');
    expect(issuePaths(reply.body)).toEqual([path]);
    // The message names the field by its Chinese label, never by its key.
    expect(reply.body.error.message).toContain(fieldName(path));
    expect(reply.body.error.message).not.toContain(path);
  });

  it('refuses a unit or an event without its required fields: 422 naming each', async () => {
    const { objectId, unitId } = await safety.chain();
    let reply = await expectRefusedWrite(() => safety.createUnit(objectId, { name: '单元' }), 422);
    expect(issuePaths(reply.body)).toEqual(['responsiblePerson']);
    reply = await expectRefusedWrite(
      () => safety.createEvent(unitId, eventBody({ accidentType: '爆炸' })),
      422,
    );
    expect(issuePaths(reply.body)).toEqual(['accidentType']);
    reply = await expectRefusedWrite(
      () => safety.createEvent(unitId, { accidentType: '触电' }),
      422,
    );
    expect(issuePaths(reply.body).sort()).toEqual(['consequence', 'hazardFactor']);
  });

  it('refuses a missing or malformed body: 4xx, nothing written', async () => {
    const reply = await expectRefusedWrite(() => safety.createObject(undefined), 422);
    expect(reply.body.error.code).toBe('VALIDATION');
    const before = await snapshot(t.db);
    const raw = await rawRequest(t.app, 'POST', `${safety.base}/risk-objects`, {
      headers: {
        origin: ORIGIN,
        cookie: w.users.home1Safety.cookie,
        'content-type': 'application/json',
      },
      body: '{"name": "粉碎',
    });
    expect(raw.status).toBe(400);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('answers 404 for a parent that does not exist and 422 for one that is not a uuid', async () => {
    await expectRefusedWrite(() => safety.createUnit(crypto.randomUUID(), unitBody()), 404);
    await expectRefusedWrite(() => safety.createEvent(crypto.randomUUID(), eventBody()), 404);
    const reply = await expectRefusedWrite(() => safety.createUnit('object-1', unitBody()), 422);
    expect(issuePaths(reply.body)).toEqual(['id']);
  });
});

describe('editing the chain (PATCH)', () => {
  it('changes only the fields sent', async () => {
    const object = objectBody({ majorHazardCode: 'MH-1' });
    const objectId = safety.created(await safety.createObject(object), 'object');
    const { unitId, eventId } = await safety.eventUnder(objectId);
    const before = await register();

    expect((await safety.update('risk-objects', objectId, { name: '改名车间' })).status).toBe(200);
    expect((await admin.update('risk-units', unitId, { responsiblePerson: '赵六' })).status).toBe(
      200,
    );
    const reply = await safety.update('risk-events', eventId, { consequence: '多人死亡' });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ id: eventId });

    const after = await register();
    const { units: _u1, ...objectBefore } = inRegister.object(before, objectId);
    const { units: _u2, ...objectAfter } = inRegister.object(after, objectId);
    expect(objectAfter).toEqual({ ...objectBefore, name: '改名车间' });
    const { events: _e1, ...unitBefore } = inRegister.unit(before, unitId);
    const { events: _e2, ...unitAfter } = inRegister.unit(after, unitId);
    expect(unitAfter).toEqual({ ...unitBefore, responsiblePerson: '赵六' });
    expect(inRegister.event(after, eventId)).toEqual({
      ...inRegister.event(before, eventId),
      consequence: '多人死亡',
    });
  });

  it('clears majorHazardCode with null, and an empty body changes nothing', async () => {
    const objectId = safety.created(
      await safety.createObject(objectBody({ majorHazardCode: 'MH-2' })),
      'object',
    );
    const before = inRegister.object(await register(), objectId);
    expect((await safety.update('risk-objects', objectId, {})).status).toBe(200);
    expect(inRegister.object(await register(), objectId)).toEqual(before);
    expect((await safety.update('risk-objects', objectId, { majorHazardCode: null })).status).toBe(
      200,
    );
    expect(inRegister.object(await register(), objectId)).toEqual({
      ...before,
      majorHazardCode: null,
    });
  });

  it('refuses a bad field: 422 naming it, nothing changed', async () => {
    const { objectId, unitId, eventId } = await safety.chain();
    let reply = await expectRefusedWrite(
      () => safety.update('risk-objects', objectId, { name: ' ' }),
      422,
    );
    expect(issuePaths(reply.body)).toEqual(['name']);
    reply = await expectRefusedWrite(
      () => safety.update('risk-units', unitId, { responsiblePerson: null }),
      422,
    );
    expect(issuePaths(reply.body)).toEqual(['responsiblePerson']);
    reply = await expectRefusedWrite(
      () => safety.update('risk-events', eventId, { accidentType: 'fire' }),
      422,
    );
    expect(issuePaths(reply.body)).toEqual(['accidentType']);
  });

  it('answers 404 for a row that does not exist', async () => {
    for (const kind of ['risk-objects', 'risk-units', 'risk-events'] as const)
      await expectRefusedWrite(() => safety.update(kind, crypto.randomUUID(), { name: 'x' }), 404);
  });
});

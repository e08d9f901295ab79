import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventBody,
  expectRefusedWrite as refusedWrite,
  inRegister,
  issuePaths,
  riskApi,
  unitBody,
  type RiskApi,
} from '../support/risk.js';
import { setupTestApp, type Reply, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Archiving the chain: an archived row keeps its history, drops out of the current register and
// can no longer be changed or given children, nor can anything under it.

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

describe('archiving', () => {
  it('drops the row out of the register; includeArchived=true shows it flagged', async () => {
    const { objectId, unitId, eventId } = await safety.chain();
    const second = await safety.eventUnder(objectId);
    const reply = await safety.archive('risk-events', eventId);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ id: eventId });

    let r = await register();
    expect(inRegister.event(r, eventId)).toBeUndefined();
    expect(inRegister.unit(r, unitId).events).toEqual([]);
    expect(inRegister.event(r, second.eventId)).toBeDefined();
    expect(inRegister.event(await register(safety, false), eventId)).toBeUndefined();
    r = await register(safety, true);
    expect(inRegister.event(r, eventId)).toMatchObject({ archived: true });
    expect(inRegister.event(r, second.eventId)).toMatchObject({ archived: false });

    expect((await admin.archive('risk-units', second.unitId)).status).toBe(200);
    expect(inRegister.unit(await register(), second.unitId)).toBeUndefined();
    expect(inRegister.unit(await register(safety, true), second.unitId).archived).toBe(true);

    expect((await safety.archive('risk-objects', objectId)).status).toBe(200);
    expect(inRegister.object(await register(), objectId)).toBeUndefined();
    r = await register(safety, true);
    expect(inRegister.object(r, objectId).archived).toBe(true);
    expect(inRegister.event(r, eventId).archived).toBe(true);
  });

  it('keeps the archived rows in the database', async () => {
    const { objectId } = await safety.chain();
    await safety.archive('risk-objects', objectId);
    const row = await t.db
      .selectFrom('risk_object')
      .select('archived_at')
      .where('id', '=', objectId)
      .executeTakeFirstOrThrow();
    expect(row.archived_at).not.toBeNull();
  });

  it('refuses includeArchived other than true or false: 422 naming it', async () => {
    const reply = await t.api.get(
      `${safety.base}/risk-register?includeArchived=yes`,
      w.users.home1Safety.cookie,
    );
    expect(reply.status).toBe(422);
    expect(issuePaths(reply.body)).toEqual(['includeArchived']);
  });

  it('refuses to add under an archived parent or grand-parent: 409, nothing written', async () => {
    const { objectId, unitId, eventId } = await safety.chain();
    await safety.archive('risk-objects', objectId);
    await expectRefusedWrite(() => safety.createUnit(objectId, unitBody()), 409);
    await expectRefusedWrite(() => safety.createEvent(unitId, eventBody()), 409);

    const other = await safety.chain();
    await safety.archive('risk-units', other.unitId);
    await expectRefusedWrite(() => safety.createEvent(other.unitId, eventBody()), 409);
    expect(eventId).toBeDefined();
  });

  it('refuses to edit or archive again an archived row or one under it: 409', async () => {
    const { objectId, unitId, eventId } = await safety.chain();
    await safety.archive('risk-objects', objectId);
    const reply = await expectRefusedWrite(
      () => safety.update('risk-objects', objectId, { name: '复活' }),
      409,
    );
    expect(reply.body.error.code).toBe('CONFLICT');
    await expectRefusedWrite(() => safety.update('risk-units', unitId, { name: '复活' }), 409);
    await expectRefusedWrite(
      () => safety.update('risk-events', eventId, { consequence: '复活' }),
      409,
    );
    await expectRefusedWrite(() => safety.archive('risk-objects', objectId), 409);
    await expectRefusedWrite(() => safety.archive('risk-units', unitId), 409);
    await expectRefusedWrite(() => safety.archive('risk-events', eventId), 409);
  });

  it('answers 404 archiving a row that does not exist', async () => {
    for (const kind of ['risk-objects', 'risk-units', 'risk-events'] as const)
      await expectRefusedWrite(() => safety.archive(kind, crypto.randomUUID()), 404);
  });
});

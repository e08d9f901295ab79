import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirmGeneralTimed,
  expectStatus,
  hazardApi,
  hazardBody,
  inDays,
  type HazardApi,
} from '../support/hazards.js';
import { expectRefusedWrite, issuePaths, makeRiskChain, type RiskChain } from '../support/risk.js';
import { rawRequest } from '../support/http.js';
import { ORIGIN, setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Bad input is a 4xx naming the field, never a 500, and writes nothing — not the hazard, not an
// event, not a chain head.

let t: TestApp;
let w: World;
let safety: HazardApi;
let worker: HazardApi;
let home1: RiskChain;
let home2: RiskChain;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  safety = hazardApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
  worker = hazardApi(t.api, w.enterprises.home1.id, w.users.home1Worker.cookie);
  home1 = await makeRiskChain(t.db, w.enterprises.home1.id);
  home2 = await makeRiskChain(t.db, w.enterprises.home2.id);
});
afterAll(() => t.drop());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

async function expectFieldRefused(write: () => Promise<any>, path: string, status = 422) {
  const reply = await expectRefusedWrite(t.db, write, status);
  expect(issuePaths(reply.body)).toContain(path);
  return reply;
}

describe('registering', () => {
  it.each([
    ['kind', { kind: '化学' }],
    ['category', { category: '天灾' }],
    ['source', { source: '随便' }],
    ['description', { description: undefined }],
    ['description', { description: '   ' }],
    ['description', { description: 'x'.repeat(2001) }],
    ['description', { description: '含\u0000空字符' }],
    ['riskObjectId', { riskObjectId: 'not-a-uuid' }],
    ['attachments.0.ref', { attachments: [{ name: 'a.jpg' }] }],
  ])('refuses a bad %s', async (path, over) => {
    await expectFieldRefused(() => safety.register(hazardBody(over)), path);
  });

  it('refuses register ids that do not exist or belong to another enterprise', async () => {
    for (const [field, id] of [
      ['riskObjectId', UNKNOWN],
      ['riskObjectId', home2.objectId],
      ['riskUnitId', UNKNOWN],
      ['riskUnitId', home2.unitId],
      ['controlMeasureId', home2.measureId],
    ] as const) {
      const reply = await expectFieldRefused(
        () => safety.register(hazardBody({ [field]: id })),
        field,
      );
      expect(reply.body.error.message).toContain('不属于本企业');
    }
  });

  it('refuses a unit under another object, and fills the object from the unit', async () => {
    const other = await makeRiskChain(t.db, w.enterprises.home1.id);
    await expectFieldRefused(
      () => safety.register(hazardBody({ riskObjectId: other.objectId, riskUnitId: home1.unitId })),
      'riskUnitId',
    );
    const placed = expectStatus(
      await safety.register(hazardBody({ riskUnitId: home1.unitId })),
      201,
    );
    expect(placed).toMatchObject({ riskObjectId: home1.objectId, riskUnitId: home1.unitId });
  });

  it('needs the failed measure for source 管控措施失效', async () => {
    await expectFieldRefused(
      () => safety.register(hazardBody({ source: '管控措施失效' })),
      'controlMeasureId',
    );
    const linked = expectStatus(
      await safety.register(
        hazardBody({ source: '管控措施失效', controlMeasureId: home1.measureId }),
      ),
      201,
    );
    expect(linked.controlMeasureId).toBe(home1.measureId);
  });

  it('keeps the sources that are not the reporter’s to choose', async () => {
    await expectFieldRefused(() => safety.register(hazardBody({ source: undefined })), 'source');
    await expectFieldRefused(() => safety.register(hazardBody({ source: '监管检查' })), 'source');
    await expectFieldRefused(() => safety.register(hazardBody({ source: '举报' })), 'source');
    await expectFieldRefused(() => worker.register(hazardBody({ source: '日常排查' })), 'source');
  });

  it('drops a grade or deadline sent by the enterprise: triage decides them', async () => {
    const hazard = expectStatus(
      await safety.register(hazardBody({ grade: '重大', deadline: inDays(3) })),
      201,
    );
    expect(hazard).toMatchObject({ state: 'reported', grade: null, deadline: null });
  });

  it('refuses a body that is not JSON (400) or missing (422), writing nothing', async () => {
    const path = `/v1/enterprises/${w.enterprises.home1.id}/hazards`;
    const cookie = w.users.home1Safety.cookie;
    const truncated = async () => {
      const res = await rawRequest(t.app, 'POST', path, {
        headers: { cookie, origin: ORIGIN, 'content-type': 'application/json' },
        body: '{"kind": ',
      });
      return { status: res.status, body: await res.json(), headers: res.headers };
    };
    await expectRefusedWrite(t.db, truncated, 400);
    await expectRefusedWrite(t.db, () => t.api.request('POST', path, { cookie }), 422);
  });
});

describe('moving', () => {
  let id: string;
  beforeAll(async () => {
    id = await safety.registered();
  });

  it.each([
    ['action', { action: 'reopen' }],
    ['action', {}],
    ['reason', { action: 'reject' }],
    ['grade', { action: 'confirm', grade: '较大', manageType: '即查即改' }],
    ['manageType', { action: 'confirm', grade: '一般' }],
    ['plan.funds', { ...confirmGeneralTimed({ funds: -1 }) }],
    ['plan.funds', { ...confirmGeneralTimed({ funds: 1.234 }) }],
    ['plan.funds', { ...confirmGeneralTimed({ funds: '一万' }) }],
    ['plan.deadline', { ...confirmGeneralTimed({ deadline: '下周五' }) }],
    ['plan.stoppage', { ...confirmGeneralTimed({ stoppage: '停一半' }) }],
    ['plan.responsibleUserId', { ...confirmGeneralTimed({ responsibleUserId: UNKNOWN }) }],
    ['note', { action: 'submit', afterPhotos: [] }],
  ])('refuses a bad %s', async (path, body) => {
    await expectFieldRefused(() => safety.move(id, body), path);
  });

  it('answers 404 for an unknown hazard or extension, 422 for a malformed id', async () => {
    await expectRefusedWrite(t.db, () => safety.move(UNKNOWN, { action: 'accept' }), 404);
    await expectRefusedWrite(
      t.db,
      () => safety.requestExtension(UNKNOWN, { requestedDeadline: inDays(3), reason: '无' }),
      404,
    );
    await expectRefusedWrite(
      t.db,
      () =>
        hazardApi(t.api, w.enterprises.home1.id, w.users.home1Admin.cookie).decide(id, UNKNOWN, {
          decision: 'approved',
        }),
      404,
    );
    await expectFieldRefused(() => safety.move('12345', { action: 'accept' }), 'id');
    expect((await safety.get(UNKNOWN)).status).toBe(404);
  });

  it('refuses a bad extension request or decision', async () => {
    await expectFieldRefused(
      () => safety.requestExtension(id, { requestedDeadline: 'soon', reason: '无' }),
      'requestedDeadline',
    );
    await expectFieldRefused(
      () => safety.requestExtension(id, { requestedDeadline: inDays(3) }),
      'reason',
    );
    const admin = hazardApi(t.api, w.enterprises.home1.id, w.users.home1Admin.cookie);
    await expectFieldRefused(() => admin.decide(id, UNKNOWN, { decision: 'maybe' }), 'decision');
    await expectFieldRefused(() => admin.decide(id, UNKNOWN, { decision: 'refused' }), 'reason');
  });
});

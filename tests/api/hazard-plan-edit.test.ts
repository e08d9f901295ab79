import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirmGeneralTimed,
  expectStatus,
  hazardApi,
  hazardBody,
  inDays,
  planBody,
  setDeadline,
  submitBody,
  type HazardApi,
} from '../support/hazards.js';
import { expectRefusedWrite, issuePaths } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Editing the 五到位 plan of a rectifying hazard (its managers only, logged as an event with the
// plan before and after, refused once closed), and a pending extension closed with its hazard.

let t: TestApp;
let w: World;
let enterpriseId: string;
let safety: HazardApi;
let admin: HazardApi;
const as = (user: keyof World['users']) => hazardApi(t.api, enterpriseId, w.users[user].cookie);
const editAs = (user: keyof World['users'], id: string, body: unknown) =>
  t.api.request('PUT', `/v1/enterprises/${enterpriseId}/hazards/${id}/plan`, {
    body,
    cookie: w.users[user].cookie,
  });

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  enterpriseId = w.enterprises.home1.id;
  safety = as('home1Safety');
  admin = as('home1Admin');
});
afterAll(() => t.drop());

async function rectifying() {
  const id = await safety.registered();
  await safety.moved(id, confirmGeneralTimed({ deadline: inDays(10) }));
  return id;
}

describe('editing the plan of a rectifying hazard', () => {
  it('changes measures, money, deadline and responsible user, and logs before and after', async () => {
    const id = await rectifying();
    const deadline = inDays(20);
    const plan = planBody({
      measures: '更换泄爆片并加装检测',
      funds: 20000,
      deadline,
      responsibleUserId: w.users.home1Worker.userId,
    });
    const hazard = expectStatus(await editAs('home1Safety', id, { plan, reason: '追加检测' }), 200);
    expect(hazard).toMatchObject({
      state: 'rectifying',
      deadline,
      plan: {
        measures: '更换泄爆片并加装检测',
        funds: 20000,
        responsibleUserId: w.users.home1Worker.userId,
      },
    });
    const event = hazard.events.at(-1);
    expect(event).toMatchObject({
      action: 'edit_plan',
      fromState: 'rectifying',
      toState: 'rectifying',
      comment: '追加检测',
      actor: { id: w.users.home1Safety.userId },
    });
    expect(event.payload.before).toMatchObject({
      measures: '更换泄爆片，清理积尘',
      funds: 12000.5,
    });
    expect(event.payload.after).toMatchObject({ measures: '更换泄爆片并加装检测', deadline });
    expect(expectStatus(await safety.verify(), 200)).toMatchObject({ ok: true });
  });

  it('keeps the deadline when none is sent, even one already past', async () => {
    const id = await rectifying();
    await setDeadline(t.db, enterpriseId, id, new Date(Date.now() - 86_400_000));
    const before = expectStatus(await safety.get(id), 200).deadline;
    const { deadline: _omit, ...plan } = planBody();
    const hazard = expectStatus(await editAs('home1Admin', id, { plan, reason: '换人' }), 200);
    expect(hazard.deadline).toBe(before);
  });

  it('refuses an incomplete plan or a past deadline with 422 naming the field', async () => {
    const id = await rectifying();
    const { measures: _m, ...noMeasures } = planBody();
    let reply = await expectRefusedWrite(
      t.db,
      () => editAs('home1Safety', id, { plan: noMeasures, reason: 'x' }),
      422,
    );
    expect(issuePaths(reply.body)).toEqual(['plan.measures']);
    reply = await expectRefusedWrite(
      t.db,
      () => editAs('home1Safety', id, { plan: planBody({ deadline: inDays(-1) }), reason: 'x' }),
      422,
    );
    expect(issuePaths(reply.body)).toEqual(['plan.deadline']);
    reply = await expectRefusedWrite(
      t.db,
      () => editAs('home1Safety', id, { plan: planBody() }),
      422,
    );
    expect(issuePaths(reply.body)).toEqual(['reason']);
  });

  it('is refused to workers and regulators (403), and in other states (409)', async () => {
    const id = await rectifying();
    const body = { plan: planBody(), reason: '越权' };
    for (const user of ['home1Worker', 'homeInspector', 'home1Congress'] as const) {
      await expectRefusedWrite(t.db, () => editAs(user, id, body), 403);
    }
    await expectRefusedWrite(t.db, () => editAs('neighbour1Admin', id, body), 404);
    const reported = await safety.registered();
    const reply = await expectRefusedWrite(t.db, () => editAs('home1Safety', reported, body), 409);
    expect(reply.body.error.message).toContain('已登记');
  });

  it('is refused with 409 once the hazard is closed', async () => {
    const id = await rectifying();
    await safety.moved(id, submitBody());
    await admin.moved(id, { action: 'accept' });
    const reply = await expectRefusedWrite(
      t.db,
      () => editAs('home1Admin', id, { plan: planBody(), reason: '销号后修改' }),
      409,
    );
    expect(reply.body.error).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(reply.body.error.message).toContain('已销号');
  });

  it('cannot move a regulator’s deadline (only an extension can)', async () => {
    const found = expectStatus(
      await as('homeInspector').register(
        hazardBody({ source: undefined, grade: '一般', deadline: inDays(15) }),
      ),
      201,
    );
    const reply = await expectRefusedWrite(
      t.db,
      () =>
        editAs('home1Safety', found.id, { plan: planBody({ deadline: inDays(30) }), reason: 'x' }),
      422,
    );
    expect(issuePaths(reply.body)).toEqual(['plan.deadline']);
  });
});

describe('the people a plan may name', () => {
  it('are the enterprise’s active members without congress reps, for its managers', async () => {
    const url = `/v1/enterprises/${enterpriseId}/people`;
    const body = expectStatus(await t.api.get(url, w.users.home1Safety.cookie), 200);
    const ids = body.items.map((p: { id: string }) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining([w.users.home1Admin.userId, w.users.home1Worker.userId]),
    );
    expect(ids).not.toContain(w.users.home1Congress.userId);
    expect(ids).not.toContain(w.users.home2Admin.userId);
    expect((await t.api.get(url, w.users.home1Worker.cookie)).status).toBe(403);
    expect((await t.api.get(url, w.users.neighbour1Admin.cookie)).status).toBe(404);
  });
});

describe('closing a hazard', () => {
  it('withdraws its pending extension request in the same move', async () => {
    const id = await rectifying();
    expectStatus(
      await safety.requestExtension(id, { requestedDeadline: inDays(30), reason: '备件未到' }),
      201,
    );
    await admin.moved(id, submitBody());
    const closed = await safety.moved(id, { action: 'accept' });
    expect(closed.state).toBe('closed');
    expect(closed.extensions).toHaveLength(1);
    expect(closed.extensions[0]).toMatchObject({
      state: 'withdrawn',
      decidedBy: w.users.home1Safety.userId,
    });
    expect(closed.extensions[0].decidedAt).not.toBeNull();
    expect(closed.events.at(-1)).toMatchObject({
      action: 'accept',
      payload: { withdrawnExtensionId: closed.extensions[0].id },
    });
    // Nothing is left to decide.
    const reply = await t.api.post(
      `${admin.base}/hazards/${id}/extensions/${closed.extensions[0].id}/decision`,
      { decision: 'approved' },
      w.users.home1Admin.cookie,
    );
    expect(reply.status).toBe(409);
  });
});

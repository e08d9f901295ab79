import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirmGeneralNow,
  confirmGeneralTimed,
  expectStatus,
  hazardApi,
  hazardBody,
  inDays,
  setDeadline,
  submitBody,
  type HazardApi,
} from '../support/hazards.js';
import { expectRefusedWrite, issuePaths } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Deadlines: extension requests (延期申请) decided by the 主要负责人, or by the finding regulator
// for a hazard it found; and `overdue`, derived from the deadline on every read.

let t: TestApp;
let w: World;
let enterpriseId: string;
let safety: HazardApi;
let admin: HazardApi;
let inspector: HazardApi;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  enterpriseId = w.enterprises.home1.id;
  safety = hazardApi(t.api, enterpriseId, w.users.home1Safety.cookie);
  admin = hazardApi(t.api, enterpriseId, w.users.home1Admin.cookie);
  inspector = hazardApi(t.api, enterpriseId, w.users.homeInspector.cookie);
});
afterAll(() => t.drop());

/** A 限期整改 hazard in rectifying, its deadline 10 days out. */
async function timedHazard() {
  const id = await safety.registered();
  const hazard = await safety.moved(id, confirmGeneralTimed({ deadline: inDays(10) }));
  return { id, deadline: hazard.deadline as string };
}

const pendingOf = (hazard: any) => hazard.extensions.find((x: any) => x.state === 'pending');

describe('an extension request', () => {
  it('approved by the 主要负责人 moves the deadline, both steps in the chain', async () => {
    const { id, deadline } = await timedHazard();
    const requested = inDays(30);
    const asked = expectStatus(
      await safety.requestExtension(id, { requestedDeadline: requested, reason: '备件未到' }),
      201,
    );
    const extension = pendingOf(asked);
    expect(extension).toMatchObject({
      previousDeadline: deadline,
      requestedDeadline: requested,
      reason: '备件未到',
      requestedBy: w.users.home1Safety.userId,
      decidedAt: null,
    });
    expect(asked.deadline).toBe(deadline);

    const approved = expectStatus(
      await admin.decide(id, extension.id, { decision: 'approved' }),
      200,
    );
    expect(approved.deadline).toBe(requested);
    expect(approved.extensions[0]).toMatchObject({
      state: 'approved',
      decidedBy: w.users.home1Admin.userId,
    });
    expect(approved.events.slice(-2).map((e: any) => e.action)).toEqual([
      'request_extension',
      'approve_extension',
    ]);
    expect(approved.events.at(-1).payload).toMatchObject({
      previousDeadline: deadline,
      deadline: requested,
    });
    expect((await admin.verify()).body.ok).toBe(true);
  });

  it('refused with a reason leaves the deadline, and a new request may follow', async () => {
    const { id, deadline } = await timedHazard();
    const asked = await safety.requestExtension(id, {
      requestedDeadline: inDays(40),
      reason: '人手不足',
    });
    const extension = pendingOf(asked.body);
    const refused = expectStatus(
      await admin.decide(id, extension.id, { decision: 'refused', reason: '理由不充分' }),
      200,
    );
    expect(refused.deadline).toBe(deadline);
    expect(refused.extensions[0]).toMatchObject({
      state: 'refused',
      refusalReason: '理由不充分',
    });
    expect(refused.events.at(-1)).toMatchObject({
      action: 'refuse_extension',
      comment: '理由不充分',
    });
    // Decided once: a second decision is a conflict, and a fresh request is welcome.
    await expectRefusedWrite(
      t.db,
      () => admin.decide(id, extension.id, { decision: 'approved' }),
      409,
    );
    expectStatus(
      await safety.requestExtension(id, { requestedDeadline: inDays(20), reason: '再申请' }),
      201,
    );
  });

  it('is decided by the 主要负责人 only, not a safety manager nor the regulator', async () => {
    const { id } = await timedHazard();
    const asked = await safety.requestExtension(id, {
      requestedDeadline: inDays(30),
      reason: '备件未到',
    });
    const extensionId = pendingOf(asked.body).id;
    await expectRefusedWrite(
      t.db,
      () => safety.decide(id, extensionId, { decision: 'approved' }),
      403,
    );
    const byRegulator = await expectRefusedWrite(
      t.db,
      () => inspector.decide(id, extensionId, { decision: 'approved' }),
      403,
    );
    expect(byRegulator.body.error.message).toContain('主要负责人');
  });

  it('is one at a time, later than the current deadline, for a rectifying hazard', async () => {
    const { id } = await timedHazard();
    await safety.requestExtension(id, { requestedDeadline: inDays(30), reason: '一' });
    const second = await expectRefusedWrite(
      t.db,
      () => safety.requestExtension(id, { requestedDeadline: inDays(31), reason: '二' }),
      409,
    );
    expect(second.body.error.message).toContain('待审批');

    const other = await timedHazard();
    const earlier = await expectRefusedWrite(
      t.db,
      () => safety.requestExtension(other.id, { requestedDeadline: inDays(5), reason: '提前' }),
      422,
    );
    expect(issuePaths(earlier.body)).toEqual(['requestedDeadline']);

    const reported = await safety.registered();
    const early = await expectRefusedWrite(
      t.db,
      () => safety.requestExtension(reported, { requestedDeadline: inDays(5), reason: '早' }),
      409,
    );
    expect(early.body.error.message).toContain('「已登记」');

    const immediate = await safety.registered();
    await safety.moved(immediate, confirmGeneralNow);
    await expectRefusedWrite(
      t.db,
      () => safety.requestExtension(immediate, { requestedDeadline: inDays(5), reason: '无期限' }),
      409,
    );
  });

  it('of a regulator-found hazard is decided by that regulator, not the enterprise', async () => {
    const found = expectStatus(
      await inspector.register(
        hazardBody({ source: undefined, grade: '一般', deadline: inDays(7) }),
      ),
      201,
    );
    const asked = await safety.requestExtension(found.id, {
      requestedDeadline: inDays(14),
      reason: '需外委施工',
    });
    const extensionId = pendingOf(asked.body).id;
    const byAdmin = await expectRefusedWrite(
      t.db,
      () => admin.decide(found.id, extensionId, { decision: 'approved' }),
      403,
    );
    expect(byAdmin.body.error.message).toContain('监管部门');
    const byNeighbourAgency = await hazardApi(
      t.api,
      enterpriseId,
      w.users.neighbourAdmin.cookie,
    ).decide(found.id, extensionId, { decision: 'approved' });
    expect(byNeighbourAgency.status).toBe(404);
    const approved = expectStatus(
      await hazardApi(t.api, enterpriseId, w.users.homeAdmin.cookie).decide(found.id, extensionId, {
        decision: 'approved',
      }),
      200,
    );
    expect(approved.extensions[0].state).toBe('approved');
  });
});

describe('overdue', () => {
  it('is false before the deadline and true right after it, in the item and the list', async () => {
    const { id } = await timedHazard();
    expect((await safety.get(id)).body.overdue).toBe(false);
    const overdueIds = async () =>
      (await safety.list('overdue=true')).body.items.map((h: any) => h.id);
    expect(await overdueIds()).not.toContain(id);

    await setDeadline(t.db, enterpriseId, id, new Date(Date.now() - 1000));
    expect((await safety.get(id)).body.overdue).toBe(true);
    expect(await overdueIds()).toContain(id);
    const notOverdue = (await safety.list('overdue=false')).body.items.map((h: any) => h.id);
    expect(notOverdue).not.toContain(id);
  });

  it('ends with acceptance, even past the deadline; a hazard without one is never overdue', async () => {
    const { id } = await timedHazard();
    await setDeadline(t.db, enterpriseId, id, new Date(Date.now() - 1000));
    await safety.moved(id, submitBody());
    expect((await safety.get(id)).body.overdue).toBe(true); // awaiting acceptance: still open
    const closed = await admin.moved(id, { action: 'accept' });
    expect(closed.overdue).toBe(false);

    const reported = await safety.registered();
    expect((await safety.get(reported)).body).toMatchObject({ deadline: null, overdue: false });
  });
});

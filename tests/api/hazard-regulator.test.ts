import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectStatus,
  hazardApi,
  hazardBody,
  inDays,
  submitBody,
  type HazardApi,
} from '../support/hazards.js';
import { expectRefusedWrite, issuePaths } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// A hazard found by a regulator (source 监管检查) skips triage: it enters rectifying with the
// regulator's grade and deadline, the enterprise rectifies it, and only the finding agency accepts
// it (docs/domain.md section 2) — not the enterprise's own managers, nor another agency above.

let t: TestApp;
let w: World;
let enterpriseId: string;
const as = (user: keyof World['users']) => hazardApi(t.api, enterpriseId, w.users[user].cookie);
let inspector: HazardApi;
let safety: HazardApi;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  enterpriseId = w.enterprises.home1.id;
  inspector = as('homeInspector');
  safety = as('home1Safety');
});
afterAll(() => t.drop());

const finding = (over: Record<string, unknown> = {}) =>
  hazardBody({ source: undefined, grade: '一般', deadline: inDays(15), ...over });

async function foundAndSubmitted() {
  const hazard = expectStatus(await inspector.register(finding()), 201);
  await safety.moved(hazard.id, submitBody());
  return hazard.id as string;
}

describe('a regulator-found hazard', () => {
  it('enters rectifying with the regulator’s grade, deadline and agency', async () => {
    const deadline = inDays(15);
    const hazard = expectStatus(await inspector.register(finding({ deadline })), 201);
    expect(hazard).toMatchObject({
      source: '监管检查',
      state: 'rectifying',
      grade: '一般',
      manageType: '限期整改',
      deadline,
      foundByAgencyId: w.agencies.home,
      reporter: { id: w.users.homeInspector.userId },
      // The regulator who found it does not rectify it.
      actions: [],
    });
    expect(hazard.events).toHaveLength(1);
    expect(hazard.events[0]).toMatchObject({ action: 'register', toState: 'rectifying' });
    expect(hazard.events[0].payload).toMatchObject({ foundByAgencyId: w.agencies.home });
  });

  it('needs a grade and a future deadline, and its source is 监管检查 only', async () => {
    for (const [over, path] of [
      [{ grade: undefined }, 'grade'],
      [{ deadline: undefined }, 'deadline'],
      [{ deadline: inDays(-1) }, 'deadline'],
      [{ source: '日常排查' }, 'source'],
    ] as const) {
      const reply = await expectRefusedWrite(t.db, () => inspector.register(finding(over)), 422);
      expect(issuePaths(reply.body)).toEqual([path]);
    }
  });

  it('is accepted only by the finding agency, not by the enterprise’s own managers', async () => {
    const id = await foundAndSubmitted();
    for (const user of ['home1Admin', 'home1Safety', 'cityAdmin', 'provinceAdmin'] as const) {
      const reply = await expectRefusedWrite(
        t.db,
        () => as(user).move(id, { action: 'accept' }),
        403,
      );
      expect(reply.body.error.message).toContain('发现它的监管部门');
    }
    await expectRefusedWrite(t.db, () => as('neighbourAdmin').move(id, { action: 'accept' }), 404);
    // Any user of the finding agency: here its admin rather than the inspector who found it.
    const closed = await as('homeAdmin').moved(id, { action: 'accept', comment: '复查合格' });
    expect(closed.state).toBe('closed');
    expect(closed.events.at(-1).actor.id).toBe(w.users.homeAdmin.userId);
  });

  it('may be sent back by the finding agency for more rectification', async () => {
    const id = await foundAndSubmitted();
    await expectRefusedWrite(
      t.db,
      () => as('home1Admin').move(id, { action: 'reject_acceptance', reason: '自查不合格' }),
      403,
    );
    const back = await inspector.moved(id, { action: 'reject_acceptance', reason: '仍有积尘' });
    expect(back.state).toBe('rectifying');
  });

  it('cannot be registered in an enterprise outside the agency’s subtree', async () => {
    const neighbour = hazardApi(t.api, enterpriseId, w.users.neighbourAdmin.cookie);
    await expectRefusedWrite(t.db, () => neighbour.register(finding()), 404);
    const far = hazardApi(t.api, w.enterprises.neighbour1.id, w.users.homeInspector.cookie);
    await expectRefusedWrite(t.db, () => far.register(finding()), 404);
  });

  it('is not triaged or rectified by regulators: those moves are the enterprise’s', async () => {
    const reported = await safety.registered();
    await expectRefusedWrite(
      t.db,
      () => inspector.move(reported, { action: 'reject', reason: '监管越权' }),
      403,
    );
    const found = expectStatus(await inspector.register(finding()), 201);
    await expectRefusedWrite(t.db, () => inspector.move(found.id, submitBody()), 403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus } from '../support/hazards.js';
import { makeHomeInspections } from '../support/inspections.js';
import { confirmedMajorHazard, reportApi } from '../support/reports.js';
import { makeTipoff, tipoffApi } from '../support/tipoffs.js';
import { setupTestApp, type Reply, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Each record a page acts on says what THIS caller may do with it now (`actions`), and pages show
// buttons only from it (docs/architecture.md "One contract"): one user sees a move, another does
// not. Hazards: hazard-loop.test.ts; standardization: standardization and certificate-revocation
// tests; blacklist entries: their `moves` in blacklist tests.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

const actionsOf = async (reply: Promise<Reply>) =>
  expectStatus(await reply, 200).actions as string[];

describe('a 双报告 report', () => {
  it('is edited and signed by the 主要负责人 only, then signed for by each recipient', async () => {
    const home1 = w.enterprises.home1.id;
    const as = (user: keyof World['users']) => reportApi(t.api, home1, w.users[user].cookie);
    const { reportId } = await confirmedMajorHazard(t.api, t.db, home1, w.users.home1Safety.cookie);

    expect(await actionsOf(as('home1Admin').get(reportId))).toEqual(['edit', 'submit']);
    expect(await actionsOf(as('home1Safety').get(reportId))).toEqual([]);

    expectStatus(await as('home1Admin').submit(reportId), 200);
    expect(await actionsOf(as('home1Admin').get(reportId))).toEqual([]);
    // The agency it was sent to and the congress sign; the city above reads only.
    expect(await actionsOf(as('homeAdmin').get(reportId))).toEqual(['acknowledge']);
    expect(await actionsOf(as('home1Congress').get(reportId))).toEqual(['acknowledge']);
    expect(await actionsOf(as('cityAdmin').get(reportId))).toEqual([]);

    expectStatus(await as('home1Congress').acknowledge(reportId), 201);
    expect(await actionsOf(as('home1Congress').get(reportId))).toEqual([]);
    expect(await actionsOf(as('homeAdmin').get(reportId))).toEqual(['acknowledge']);
  });
});

describe('a 双随机 plan and its inspections', () => {
  it('offers a redo while nothing is recorded, and recording to the team’s own inspector only', async () => {
    const h = await makeHomeInspections(t.api, w);
    const plan = (cookie: string) => t.api.get(`/v1/inspection-plans/${h.plan.id}`, cookie);
    expect(await actionsOf(plan(w.users.homeAdmin.cookie))).toEqual(['redo']);

    const mine = expectStatus(
      await t.api.get('/v1/inspections?mine=true', w.users.homeInspector.cookie),
      200,
    ).items as { id: string; actions: string[] }[];
    const all = expectStatus(await plan(w.users.homeInspector.cookie), 200).inspections as {
      id: string;
      mine: boolean;
      actions: string[];
    }[];
    for (const i of all) expect(i.actions, i.id).toEqual(i.mine ? ['record'] : []);
    // The agency admin has no directory entry of its own: it records nothing.
    const asAdmin = expectStatus(await plan(w.users.homeAdmin.cookie), 200).inspections as {
      actions: string[];
    }[];
    expect(asAdmin.every((i) => i.actions.length === 0)).toBe(true);
    expect(mine.every((i) => i.actions.includes('record'))).toBe(true);
  });
});

describe('a tip-off', () => {
  it('offers the moves its state allows to the agency that triages it', async () => {
    const tipoff = await makeTipoff(t.db, w.enterprises.home1.id);
    const api = tipoffApi(t.api);
    const cookie = w.users.homeInspector.cookie;
    expect(await actionsOf(api.detail(tipoff.id, cookie))).toEqual(['review', 'reject', 'verify']);
    expectStatus(await api.move(tipoff.id, { action: 'review' }, cookie), 200);
    expect(await actionsOf(api.detail(tipoff.id, cookie))).toEqual(['reject', 'verify']);
    // The neighbouring county's regulator does not see it at all.
    expect((await api.detail(tipoff.id, w.users.neighbourAdmin.cookie)).status).toBe(404);
  });
});

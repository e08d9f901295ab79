import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignWorker, setCycle } from '../support/checks.js';
import {
  confirmGeneralTimed,
  expectStatus,
  hazardApi,
  inDays,
  makeHazard,
  setDeadline,
  submitBody,
  type HazardApi,
} from '../support/hazards.js';
import { confirmedMajorHazard } from '../support/reports.js';
import { makeRiskChain } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The workbench answers for the caller: each to-do appears for the people whose work it is and
// for no one else, and the figures count the enterprise's own data.

type UserKey = keyof World['users'];
interface Workbench {
  todos: { kind: string; title: string; href: string; at: string | null }[];
  checks: { date: string; done: number; total: number; due: number; missed: number } | null;
  weeks: { week: string; opened: number; closed: number }[];
  riskByGrade: Record<'red' | 'orange' | 'yellow' | 'blue', number>;
  overdue: number;
}

let t: TestApp;
let w: World;
let enterpriseId: string;
let safety: HazardApi;

const bench = async (user: UserKey, id = enterpriseId) =>
  expectStatus(
    await t.api.get(`/v1/enterprises/${id}/workbench`, w.users[user].cookie),
    200,
  ) as Workbench;
/** The to-do kinds of `user` whose link contains `ref`. */
const kindsAbout = async (user: UserKey, ref: string) =>
  (await bench(user)).todos.filter((d) => d.href.includes(ref)).map((d) => d.kind);

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  enterpriseId = w.enterprises.home1.id;
  safety = hazardApi(t.api, enterpriseId, w.users.home1Safety.cookie);
});
afterAll(() => t.drop());

/** A 限期整改 hazard assigned to home1's worker. */
async function assigned() {
  const id = await safety.registered();
  await safety.moved(
    id,
    confirmGeneralTimed({ deadline: inDays(10), responsibleUserId: w.users.home1Worker.userId }),
  );
  return id;
}

describe('workbench to-dos', () => {
  it('ask the managers to confirm a reported hazard, linking to it', async () => {
    const id = await safety.registered();
    const todo = (await bench('home1Safety')).todos.find((d) => d.href === `/hazards/${id}`);
    expect(todo).toMatchObject({ kind: 'hazard_to_triage' });
    expect(todo!.title).toContain('待确认');
    expect(await kindsAbout('home1Admin', id)).toEqual(['hazard_to_triage']);
    expect(await kindsAbout('home1Worker', id)).toEqual([]);
  });

  it('ask the responsible worker to rectify, and the managers to accept', async () => {
    const id = await assigned();
    expect(await kindsAbout('home1Worker', id)).toEqual(['hazard_to_rectify']);
    expect(await kindsAbout('home1Safety', id)).toEqual([]);
    await safety.moved(id, submitBody());
    // The rectifier does not accept their own work.
    expect(await kindsAbout('home1Admin', id)).toEqual(['hazard_to_accept']);
    expect(await kindsAbout('home1Safety', id)).toEqual([]);
    expect(await kindsAbout('home1Worker', id)).toEqual([]);
  });

  it('ask the 主要负责人 to decide an extension', async () => {
    const id = await assigned();
    expectStatus(
      await safety.requestExtension(id, { requestedDeadline: inDays(30), reason: '备件未到' }),
      201,
    );
    expect(await kindsAbout('home1Admin', id)).toEqual(['extension_to_decide']);
    expect(await kindsAbout('home1Safety', id)).toEqual([]);
    // The worker still rectifies it meanwhile.
    expect(await kindsAbout('home1Worker', id)).toEqual(['hazard_to_rectify']);
  });

  it('ask the 主要负责人 to submit a drafted report, with its deadline', async () => {
    const { reportId } = await confirmedMajorHazard(
      t.api,
      t.db,
      enterpriseId,
      w.users.home1Safety.cookie!,
    );
    const todo = (await bench('home1Admin')).todos.find((d) => d.href.endsWith(reportId));
    expect(todo).toMatchObject({
      kind: 'report_to_submit',
      href: `/reports/${enterpriseId}/${reportId}`,
    });
    expect(todo!.at).not.toBeNull();
    expect(await kindsAbout('home1Safety', reportId)).toEqual([]);
    expect(await kindsAbout('home1Worker', reportId)).toEqual([]);
  });

  it("give the worker today's checks and the managers the unpublished board", async () => {
    const chain = await makeRiskChain(t.db, enterpriseId);
    await setCycle(t.db, enterpriseId, chain.measureId, 'day', 1, 3);
    const positionId = await assignWorker(
      t.db,
      enterpriseId,
      chain.unitId,
      w.users.home1Worker.userId,
    );

    const worker = await bench('home1Worker');
    expect(worker.todos[0]).toMatchObject({ kind: 'check_due', href: '/checks' });
    expect(worker.checks).toMatchObject({ done: 0, due: 1, total: 1 });
    expect(worker.todos.map((d) => d.kind)).not.toContain('board_unpublished');

    const manager = await bench('home1Safety');
    expect(manager.checks!.total).toBeGreaterThanOrEqual(1);
    expect(await kindsAbout('home1Safety', positionId)).toEqual(['board_unpublished']);
    expect(await kindsAbout('home1Admin', positionId)).toEqual(['board_unpublished']);
  });

  it('are for the enterprise’s own people: a regulator reads the figures only', async () => {
    const regulator = await bench('homeAdmin');
    expect(regulator.todos).toEqual([]);
    expect(regulator.checks).toBeNull();
    expect(regulator.weeks).toHaveLength(12);
    expect(
      (await t.api.get(`/v1/enterprises/${enterpriseId}/workbench`, w.users.home2Admin.cookie))
        .status,
    ).toBe(404);
    expect(
      (await t.api.get(`/v1/enterprises/${enterpriseId}/workbench`, w.users.home1Congress.cookie))
        .status,
    ).toBe(403);
  });
});

describe('workbench figures', () => {
  it('count hazards per week, risk per grade and overdue hazards of the enterprise only', async () => {
    const before = await bench('home1Safety');
    const reporter = w.users.home1Safety.userId;
    await makeHazard(t.db, enterpriseId, reporter, { state: 'closed' });
    const late = await makeHazard(t.db, enterpriseId, reporter, { state: 'rectifying' });
    await setDeadline(t.db, enterpriseId, late, new Date(Date.now() - 86_400_000));
    await makeRiskChain(t.db, enterpriseId, { grade: 'red' });
    await makeRiskChain(t.db, enterpriseId, { grade: 'blue' });
    // Another enterprise's data counts for it alone.
    await makeHazard(t.db, w.enterprises.home2.id, w.users.home2Admin.userId, { state: 'closed' });

    const after = await bench('home1Safety');
    const [was, now] = [before.weeks.at(-1)!, after.weeks.at(-1)!];
    expect(now.week).toBe(was.week);
    expect(now.opened - was.opened).toBe(2);
    expect(now.closed - was.closed).toBe(1);
    expect(after.riskByGrade.red - before.riskByGrade.red).toBe(1);
    expect(after.riskByGrade.blue - before.riskByGrade.blue).toBe(1);
    expect(after.overdue - before.overdue).toBe(1);
    // Weeks run Monday to Sunday, one after another.
    const [first, last] = [after.weeks[0]!, after.weeks[11]!];
    expect(new Date(`${first.week}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(Date.parse(last.week) - Date.parse(first.week)).toBe(77 * 86_400_000);
  });
});

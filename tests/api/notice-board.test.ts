import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../support/factories.js';
import { confirmMajor, expectStatus, hazardApi, hazardBody } from '../support/hazards.js';
import { reportApi } from '../support/reports.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// 信息公示栏: every hazard of the enterprise, for its workers' congress and its people — and never
// who reported it, nor anyone else's name or account.

let t: TestApp;
let w: World;
let reporterName: string;
let hazardIds: string[];

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  const e = w.enterprises.home1.id;
  reporterName = '举报人张三丰';
  const named = await makeUser(t.db, { role: 'worker', enterpriseId: e, name: reporterName });
  const byWorker = hazardApi(t.api, e, named.cookie);
  const safety = hazardApi(t.api, e, w.users.home1Safety.cookie);
  const reported = await byWorker.registered(hazardBody({ source: undefined }));
  const major = await safety.registered();
  await safety.moved(major, confirmMajor({ responsibleUserId: w.users.home1Worker.userId }));
  hazardIds = [reported, major];
});
afterAll(() => t.drop());

describe('the notice board', () => {
  it('shows every hazard with its state, grade, kind and deadline to a congress rep', async () => {
    const board = expectStatus(
      await reportApi(t.api, w.enterprises.home1.id, w.users.home1Congress.cookie).noticeBoard(),
      200,
    );
    expect(board.enterpriseName).toBe('石城甲公司');
    expect(board.items.map((h: any) => h.id).sort()).toEqual([...hazardIds].sort());
    const major = board.items.find((h: any) => h.id === hazardIds[1]);
    expect(major).toMatchObject({
      state: 'rectifying',
      grade: '重大',
      kind: '设备',
      overdue: false,
      closedAt: null,
    });
    expect(major.deadline).not.toBeNull();
  });

  it('never names or identifies a person', async () => {
    const board = await reportApi(
      t.api,
      w.enterprises.home1.id,
      w.users.home1Congress.cookie,
    ).noticeBoard();
    const text = JSON.stringify(board.body);
    const people = await t.db
      .selectFrom('app_user')
      .select(['id', 'display_name', 'phone'])
      .execute();
    expect(people.length).toBeGreaterThan(10);
    for (const p of people) {
      expect(text).not.toContain(p.id);
      expect(text).not.toContain(p.display_name);
      expect(text).not.toContain(p.phone);
    }
    expect(text).not.toContain(reporterName);
    for (const key of ['reporter', 'source', 'responsibleUserId', 'rectifierId', 'plan']) {
      expect(text).not.toContain(`"${key}"`);
    }
  });

  it('is read by the enterprise’s people and regulators in scope, nobody else', async () => {
    const board = (key: keyof World['users']) =>
      reportApi(t.api, w.enterprises.home1.id, w.users[key].cookie).noticeBoard();
    for (const key of [
      'home1Admin',
      'home1Safety',
      'home1Worker',
      'homeInspector',
      'cityAdmin',
    ] as const) {
      expect((await board(key)).status, key).toBe(200);
    }
    for (const key of ['neighbourAdmin', 'neighbour1Admin', 'home2Admin', 'farAdmin'] as const) {
      expect((await board(key)).status, key).toBe(404);
    }
    expect((await board('platformAdmin')).status).toBe(403);
  });

  it('is the congress’s only view of hazards: the hazard routes stay 403', async () => {
    const hazards = hazardApi(t.api, w.enterprises.home1.id, w.users.home1Congress.cookie);
    expect((await hazards.list()).status).toBe(403);
    expect((await hazards.get(hazardIds[0]!)).status).toBe(403);
    expect((await hazards.register(hazardBody())).status).toBe(403);
  });
});

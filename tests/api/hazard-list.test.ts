import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, makeUser } from '../support/factories.js';
import {
  confirmGeneralNow,
  confirmMajor,
  expectStatus,
  hazardApi,
  hazardBody,
  inDays,
  setDeadline,
  type HazardApi,
} from '../support/hazards.js';
import { issuePaths } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// GET /hazards: newest first in keyset pages, filtered by state, grade, source and overdue; and
// who reads what: a worker only what they reported, managers and the regulators above everything.

let t: TestApp;
let w: World;
let enterpriseId: string;
let safety: HazardApi;
let ids: Record<string, string>;
let workerCookie: string;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  const enterprise = await makeEnterprise(t.db, {
    jurisdictionCode: '360735',
    agencyId: w.agencies.home,
  });
  enterpriseId = enterprise.id;
  const safetyUser = await makeUser(t.db, { role: 'safety_manager', enterpriseId });
  const workerUser = await makeUser(t.db, { role: 'worker', enterpriseId });
  safety = hazardApi(t.api, enterpriseId, safetyUser.cookie);
  const worker = hazardApi(t.api, enterpriseId, workerUser.cookie);
  const inspector = hazardApi(t.api, enterpriseId, w.users.homeInspector.cookie);
  // Registered one after the other: the list shows them newest first.
  ids = {
    reported: await safety.registered(hazardBody({ source: '季节性' })),
    byWorker: await worker.registered(hazardBody({ source: undefined })),
    general: await safety.registered(),
    major: await safety.registered(),
    found: expectStatus(
      await inspector.register(
        hazardBody({ source: undefined, grade: '重大', deadline: inDays(5) }),
      ),
      201,
    ).id,
  };
  await safety.moved(ids.general!, confirmGeneralNow);
  await safety.moved(ids.major!, confirmMajor());
  await setDeadline(t.db, enterpriseId, ids.major!, new Date(Date.now() - 60_000));
  workerCookie = workerUser.cookie;
});
afterAll(() => t.drop());

const idsOf = (reply: any) => reply.body.items.map((h: any) => h.id);
const ALL = () => [ids.found, ids.major, ids.general, ids.byWorker, ids.reported];

describe('the list', () => {
  it('is newest first, every item with its derived overdue flag', async () => {
    const reply = await safety.list();
    expect(idsOf(reply)).toEqual(ALL());
    expect(reply.body.nextCursor).toBeNull();
    const major = reply.body.items.find((h: any) => h.id === ids.major);
    expect(major).toMatchObject({ grade: '重大', overdue: true, state: 'rectifying' });
    expect(reply.body.items.filter((h: any) => h.overdue)).toHaveLength(1);
  });

  it('pages with a keyset cursor: no item lost or repeated', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const reply = await safety.list(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(reply.status).toBe(200);
      seen.push(...idsOf(reply));
      cursor = reply.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(ALL());
  });

  it('filters by state, grade, source and overdue, alone and together', async () => {
    expect(idsOf(await safety.list('state=reported'))).toEqual([ids.byWorker, ids.reported]);
    expect(idsOf(await safety.list('state=rectifying'))).toEqual([
      ids.found,
      ids.major,
      ids.general,
    ]);
    expect(idsOf(await safety.list('grade=重大'))).toEqual([ids.found, ids.major]);
    expect(idsOf(await safety.list('source=季节性'))).toEqual([ids.reported]);
    expect(idsOf(await safety.list('source=员工随手拍'))).toEqual([ids.byWorker]);
    expect(idsOf(await safety.list('overdue=true'))).toEqual([ids.major]);
    expect(idsOf(await safety.list('overdue=true&source=监管检查'))).toEqual([]);
    expect(idsOf(await safety.list('grade=重大&overdue=false'))).toEqual([ids.found]);
  });

  it('refuses a bad filter or cursor with 422 naming it', async () => {
    for (const [query, path] of [
      ['state=open', 'state'],
      ['grade=较大', 'grade'],
      ['overdue=yes', 'overdue'],
      ['limit=0', 'limit'],
      ['cursor=bm9wZQ', 'cursor'],
      [
        `cursor=${Buffer.from('["tomorrow","00000000-0000-4000-8000-000000000000"]').toString('base64url')}`,
        'cursor',
      ],
    ]) {
      const reply = await safety.list(query!);
      expect(reply.status, query).toBe(422);
      expect(issuePaths(reply.body)).toEqual([path]);
    }
  });
});

describe('who reads', () => {
  it('a worker: only the hazards they reported', async () => {
    const worker = hazardApi(t.api, enterpriseId, workerCookie);
    expect(idsOf(await worker.list())).toEqual([ids.byWorker]);
    expect((await worker.get(ids.byWorker!)).status).toBe(200);
    expect((await worker.get(ids.general!)).status).toBe(404);
  });

  it('the regulators above: everything, with events', async () => {
    for (const user of ['homeInspector', 'cityAdmin', 'provinceAdmin'] as const) {
      const regulator = hazardApi(t.api, enterpriseId, w.users[user].cookie);
      expect(idsOf(await regulator.list())).toEqual(ALL());
      expect((await regulator.get(ids.major!)).body.events).toHaveLength(2);
    }
  });

  it('nobody else: neighbouring regulators and other enterprises get 404, congress reps 403', async () => {
    for (const user of ['neighbourAdmin', 'farAdmin', 'home1Admin', 'neighbour1Admin'] as const) {
      const other = hazardApi(t.api, enterpriseId, w.users[user].cookie);
      expect((await other.list()).status, user).toBe(404);
      expect((await other.get(ids.major!)).status, user).toBe(404);
    }
    const congress = hazardApi(t.api, w.enterprises.home1.id, w.users.home1Congress.cookie);
    expect((await congress.list()).status).toBe(403);
    expect((await hazardApi(t.api, enterpriseId, w.users.platformAdmin.cookie).list()).status).toBe(
      403,
    );
  });

  it('another enterprise’s hazard id under this enterprise is a 404', async () => {
    const home1 = hazardApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
    expect((await home1.get(ids.major!)).status).toBe(404);
  });
});

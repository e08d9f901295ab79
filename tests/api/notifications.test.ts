import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirmGeneralTimed,
  expectStatus,
  hazardApi,
  hazardBody,
  inDays,
  setDeadline,
  submitBody,
  type HazardApi,
} from '../support/hazards.js';
import { confirmedMajorHazard, reportApi } from '../support/reports.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Notifications are derived from the data on every read: each kind appears for the people it
// concerns, not for anyone else, and goes away when its cause does.

let t: TestApp;
let w: World;
let enterpriseId: string;
let safety: HazardApi;
let admin: HazardApi;

const notes = async (user: keyof World['users']) =>
  expectStatus(await t.api.get('/v1/notifications', w.users[user].cookie), 200) as {
    items: { kind: string; title: string; href: string; at: string }[];
    count: number;
  };
const kindsFor = async (user: keyof World['users'], hazardId: string) =>
  (await notes(user)).items.filter((n) => n.href.includes(hazardId)).map((n) => n.kind);

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  enterpriseId = w.enterprises.home1.id;
  safety = hazardApi(t.api, enterpriseId, w.users.home1Safety.cookie);
  admin = hazardApi(t.api, enterpriseId, w.users.home1Admin.cookie);
});
afterAll(() => t.drop());

/** A 限期整改 hazard assigned to home1's worker, deadline `days` out. */
async function assigned(days = 10) {
  const id = await safety.registered();
  await safety.moved(
    id,
    confirmGeneralTimed({ deadline: inDays(days), responsibleUserId: w.users.home1Worker.userId }),
  );
  return id;
}

describe('notifications', () => {
  it('tell the responsible person of their rectification, and no one else', async () => {
    const id = await assigned();
    const mine = (await notes('home1Worker')).items.find((n) => n.href === `/hazards/${id}`);
    expect(mine).toMatchObject({ kind: 'rectification_assigned' });
    expect(mine!.title).toContain('待整改');
    expect(await kindsFor('home1Safety', id)).toEqual([]);
    expect(await kindsFor('neighbour1Admin', id)).toEqual([]);
    expect((await notes('home1Congress')).count).toBe(0);
  });

  it('ask the 主要负责人 to decide an extension, and stop once decided', async () => {
    const id = await assigned();
    const asked = expectStatus(
      await safety.requestExtension(id, { requestedDeadline: inDays(30), reason: '备件未到' }),
      201,
    );
    expect(await kindsFor('home1Admin', id)).toEqual(['extension_to_decide']);
    expect(await kindsFor('home1Safety', id)).not.toContain('extension_to_decide');
    expect(await kindsFor('home2Admin', id)).toEqual([]);
    expectStatus(await admin.decide(id, asked.extensions[0].id, { decision: 'approved' }), 200);
    expect(await kindsFor('home1Admin', id)).toEqual([]);
  });

  it('ask a manager other than the rectifier to accept', async () => {
    const id = await assigned();
    await safety.moved(id, submitBody());
    expect(await kindsFor('home1Admin', id)).toEqual(['acceptance_due']);
    expect(await kindsFor('home1Safety', id)).toEqual([]);
    expect(await kindsFor('home1Worker', id)).toEqual([]);
    await admin.moved(id, { action: 'accept' });
    expect(await kindsFor('home1Admin', id)).toEqual([]);
  });

  it('warn of a deadline within 3 days, and of an overdue one, to whom it concerns', async () => {
    const soon = await assigned(2);
    expect(await kindsFor('home1Worker', soon)).toEqual(
      expect.arrayContaining(['rectification_assigned', 'deadline_soon']),
    );
    expect(await kindsFor('home1Safety', soon)).toEqual(['deadline_soon']);
    const late = await assigned();
    await setDeadline(t.db, enterpriseId, late, new Date(Date.now() - 86_400_000 * 1.5));
    const overdue = (await notes('home1Safety')).items.find(
      (n) => n.href === `/hazards/${late}` && n.kind === 'overdue',
    );
    expect(overdue!.title).toContain('已逾期 2 天');
    expect(await kindsFor('home1Safety', late)).not.toContain('deadline_soon');
    expect(await kindsFor('neighbour1Admin', late)).toEqual([]);
  });

  it('tell the finding regulator of acceptance due and overdue, not a neighbouring one', async () => {
    const inspector = hazardApi(t.api, enterpriseId, w.users.homeInspector.cookie);
    const found = expectStatus(
      await inspector.register(
        hazardBody({ source: undefined, grade: '一般', deadline: inDays(9) }),
      ),
      201,
    );
    await safety.moved(found.id, submitBody());
    const item = (await notes('homeAdmin')).items.find((n) => n.href.includes(found.id));
    expect(item).toMatchObject({
      kind: 'acceptance_due',
      href: `/hazards/${found.id}?enterprise=${enterpriseId}`,
    });
    expect(await kindsFor('home1Admin', found.id)).toEqual([]);
    expect(await kindsFor('neighbourAdmin', found.id)).toEqual([]);
    expect(await kindsFor('cityAdmin', found.id)).toEqual([]);
  });

  it('ask the 主要负责人 to submit a drafted report, then each recipient to sign for it', async () => {
    const { reportId } = await confirmedMajorHazard(
      t.api,
      t.db,
      enterpriseId,
      w.users.home1Admin.cookie,
    );
    const about = async (user: keyof World['users']) =>
      (await notes(user)).items.filter((n) => n.href.endsWith(reportId)).map((n) => n.kind);
    expect(await about('home1Admin')).toEqual(['report_to_submit']);
    expect(await about('home1Safety')).toEqual([]);
    expect(await about('homeAdmin')).toEqual([]); // a draft is not addressed to anyone yet

    const reports = reportApi(t.api, enterpriseId, w.users.home1Admin.cookie);
    expectStatus(await reports.submit(reportId), 200);
    expect(await about('home1Admin')).toEqual([]);
    expect(await about('homeAdmin')).toEqual(['report_awaiting_receipt']);
    expect(await about('home1Congress')).toEqual(['report_awaiting_receipt']);
    // The city reads the report but is not its recipient; a neighbour does not see it at all.
    expect(await about('cityAdmin')).toEqual([]);
    expect(await about('neighbourAdmin')).toEqual([]);

    const asAgency = reportApi(t.api, enterpriseId, w.users.homeAdmin.cookie);
    expectStatus(await asAgency.acknowledge(reportId), 201);
    expect(await about('homeAdmin')).toEqual([]);
    expect(await about('home1Congress')).toEqual(['report_awaiting_receipt']);
  });

  it('show an agency the reports addressed to it, however many its subtree has to sign', async () => {
    const { reportId } = await confirmedMajorHazard(
      t.api,
      t.db,
      enterpriseId,
      w.users.home1Admin.cookie,
    );
    expectStatus(
      await reportApi(t.api, enterpriseId, w.users.home1Admin.cookie).submit(reportId),
      200,
    );
    // A copy addressed to the city, older than 50 unsigned copies addressed to the county below
    // it: more than a source reads, so the city's own must be picked in the query, not after it.
    const copies = (agencyId: string, shift: string) => sql<{ id: string }>`
      insert into report (enterprise_id, kind, hazard_id, period, state, content, content_hash,
        agency_id, due_at, drafted_by, drafted_at, submitted_by, submitted_at)
      select enterprise_id, kind, hazard_id, period, state, content, content_hash, ${agencyId},
        due_at, drafted_by, drafted_at + ${shift}::interval * g, submitted_by, submitted_at
      from report, generate_series(1, ${agencyId === w.agencies.city ? 1 : 50}) g
      where id = ${reportId}
      returning id`;
    const [cityReport] = (await copies(w.agencies.city, '-1 day').execute(t.db)).rows;
    await copies(w.agencies.home, '1 second').execute(t.db);
    const receipts = async (user: keyof World['users']) =>
      (await notes(user)).items.filter((n) => n.kind === 'report_awaiting_receipt');
    expect((await receipts('cityAdmin')).map((n) => n.href)).toEqual([
      `/reports/${enterpriseId}/${cityReport!.id}`,
    ]);
    expect(await receipts('homeAdmin')).toHaveLength(50);
  });

  it('need a session', async () => {
    expect((await t.api.get('/v1/notifications')).status).toBe(401);
  });
});

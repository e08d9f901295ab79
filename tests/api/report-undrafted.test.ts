import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus } from '../support/hazards.js';
import { reportApi } from '../support/reports.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// A quarterly or annual report that is due and was never drafted is late (docs/domain.md
// section 3): the agency's list and dashboard are built from what each enterprise registered
// before the period ended should have sent, not only from the drafts that exist.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  // home1 is registered since 2025; home2 only later (see the dashboard test).
  await t.db
    .updateTable('enterprise')
    .set({ created_at: new Date('2025-01-01T00:00:00+08:00') })
    .where('id', '=', w.enterprises.home1.id)
    .execute();
});
afterAll(() => t.drop());

type Row = { enterpriseId: string; state: string; reportId: string | null; late: boolean };
const periodic = async (query: string, cookie: string) =>
  expectStatus(await t.api.get(`/v1/reports/periodic?${query}`, cookie), 200);
const rowOf = (body: { items: Row[] }, enterpriseId: string) =>
  body.items.find((r) => r.enterpriseId === enterpriseId);

describe('the statistics reports of a period', () => {
  it('list every enterprise that should have sent one, the never drafted as late', async () => {
    const body = await periodic('period=2025Q4', w.users.homeAdmin.cookie);
    expect(body).toMatchObject({
      kind: 'quarterly',
      period: '2025Q4',
      label: '2025年第4季度',
      dueAt: '2026-01-15T15:59:59.999Z',
    });
    expect(rowOf(body, w.enterprises.home1.id)).toEqual({
      enterpriseId: w.enterprises.home1.id,
      enterpriseName: '石城甲公司',
      state: 'not_submitted',
      reportId: null,
      submittedAt: null,
      late: true,
    });
    // Registered after the quarter ended: nothing was due from it.
    expect(rowOf(body, w.enterprises.home2.id)).toBeUndefined();
    const late = await periodic('period=2025Q4&late=true', w.users.homeAdmin.cookie);
    expect(late.items.map((r: Row) => r.enterpriseId)).toEqual([w.enterprises.home1.id]);
    // The neighbouring county's regulator sees none of them.
    const far = await periodic('period=2025Q4', w.users.neighbourAdmin.cookie);
    expect(rowOf(far, w.enterprises.home1.id)).toBeUndefined();
  });

  it('stay late once drafted, a draft’s id shown to its enterprise only', async () => {
    const admin = reportApi(t.api, w.enterprises.home1.id, w.users.home1Admin.cookie);
    const draft = expectStatus(await admin.draft({ kind: 'annual', period: '2025' }), 201);
    const own = await periodic('kind=annual&period=2025', w.users.home1Admin.cookie);
    expect(own.items).toEqual([
      expect.objectContaining({ state: 'not_submitted', reportId: draft.id, late: true }),
    ]);
    const agency = await periodic('kind=annual&period=2025', w.users.homeAdmin.cookie);
    expect(rowOf(agency, w.enterprises.home1.id)).toMatchObject({
      state: 'not_submitted',
      reportId: null,
      late: true,
    });
    expectStatus(await admin.submit(draft.id), 200);
    const after = await periodic('kind=annual&period=2025', w.users.homeAdmin.cookie);
    expect(rowOf(after, w.enterprises.home1.id)).toMatchObject({
      state: 'submitted',
      reportId: draft.id,
      late: true,
    });
  });

  it('default to the latest period already due, and refuse a malformed one', async () => {
    const body = await periodic('', w.users.homeAdmin.cookie);
    expect(body.kind).toBe('quarterly');
    expect(new Date(body.dueAt).getTime()).toBeLessThan(Date.now());
    const bad = await t.api.get('/v1/reports/periodic?period=2025-4', w.users.homeAdmin.cookie);
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues[0].path).toBe('period');
  });
});

describe('the dashboard', () => {
  const january = '/v1/dashboard?jurisdiction=360735&from=2026-01-01&to=2026-01-31';
  const reports = async () =>
    expectStatus(await t.api.get(january, w.users.homeAdmin.cookie), 200).figures.reports as {
      due: number;
      late: number;
    };

  it('counts a statistics report due in the period and never drafted as due and late', async () => {
    const before = await reports();
    // home2 registered since 2025 too: its 2025Q4 and 2025 reports, both due in January 2026,
    // were never drafted.
    await t.db
      .updateTable('enterprise')
      .set({ created_at: new Date('2025-01-01T00:00:00+08:00') })
      .where('id', '=', w.enterprises.home2.id)
      .execute();
    const missing = await reports();
    expect(missing).toMatchObject({ due: before.due + 2, late: before.late + 2 });
    // Drafted, it is counted once, as a late draft.
    const admin = reportApi(t.api, w.enterprises.home2.id, w.users.home2Admin.cookie);
    expectStatus(await admin.draft({ kind: 'quarterly', period: '2025Q4' }), 201);
    expect(await reports()).toMatchObject({ due: missing.due, late: missing.late });
  });
});

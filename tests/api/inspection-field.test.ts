import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadPhoto } from '../support/checks.js';
import { makeHomeInspections, planBodyFor, type HomeInspections } from '../support/inspections.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Inspections that fit the field (issue 15): a record refuses an item left unanswered by its
// name and keeps several findings each with its own photos; a plan shows its sample size (in
// scope now, to draw, drawn) and may take its items from the check-item library.

let t: TestApp;
let w: World;
let home: HomeInspections;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  home = await makeHomeInspections(t.api, w);
});
afterAll(() => t.drop());

const admin = () => w.users.homeAdmin.cookie;
const inspector = () => w.users.homeInspector.cookie;

describe('recording an inspection', () => {
  it('refuses no answers or a foreign item, naming the field, and keeps each finding’s own photos', async () => {
    const i = home.inspections[0]!;
    const unanswered = await t.api.post(
      `/v1/inspections/${i.id}/record`,
      { inspectedOn: '2026-11-02', itemResults: [] },
      inspector(),
    );
    expect(unanswered.status).toBe(422);
    expect(unanswered.body.error.message).toContain('逐项结果');

    const partial = await t.api.post(
      `/v1/inspections/${i.id}/record`,
      {
        inspectedOn: '2026-11-02',
        // An unlisted item instead of the plan's one: the plan's item is still unanswered.
        itemResults: [{ itemId: 'not-an-item', result: 'pass' }],
      },
      inspector(),
    );
    expect(partial.status).toBe(422);

    const [first, second, third] = [
      await uploadPhoto(t.api, i.enterpriseId, inspector()),
      await uploadPhoto(t.api, i.enterpriseId, inspector()),
      await uploadPhoto(t.api, i.enterpriseId, inspector()),
    ];
    const findings = [
      {
        description: '配电箱柜门缺失',
        kind: '电气',
        category: '物的不安全状态',
        attachments: [first],
      },
      {
        description: '灭火器压力不足',
        kind: '消防',
        category: '物的不安全状态',
        attachments: [second, third],
      },
    ];
    const missing = await t.api.post(
      `/v1/inspections/${i.id}/record`,
      {
        inspectedOn: '2026-11-02',
        itemResults: [{ itemId: 'not-an-item', result: 'pass' }],
        findings,
      },
      inspector(),
    );
    expect(missing.body.error.message).toBe('「逐项结果 第1项 · 抽查事项」不是本计划的抽查事项');
    expect((await t.api.get(`/v1/inspections/${i.id}`, admin())).body.state).toBe('assigned');

    const recorded = await t.api.post(
      `/v1/inspections/${i.id}/record`,
      {
        inspectedOn: '2026-11-02',
        itemResults: [{ itemId: i.items[0]!.id, result: 'fail' }],
        findings,
      },
      inspector(),
    );
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(
      recorded.body.findings.map((f: { description: string; attachments: unknown[] }) => [
        f.description,
        f.attachments,
      ]),
    ).toEqual([
      ['配电箱柜门缺失', [first]],
      ['灭火器压力不足', [second, third]],
    ]);
  });

  it('refuses a finding’s photo that is not an upload of the inspected enterprise, naming it', async () => {
    const i = home.inspections[1]!;
    const elsewhere = await uploadPhoto(
      t.api,
      w.enterprises.home2.id === i.enterpriseId ? w.enterprises.home1.id : w.enterprises.home2.id,
      admin(),
    );
    const reply = await t.api.post(
      `/v1/inspections/${i.id}/record`,
      {
        inspectedOn: '2026-11-02',
        itemResults: [{ itemId: i.items[0]!.id, result: 'pass' }],
        findings: [
          { description: '一', kind: '安全', category: '管理缺陷', attachments: [] },
          { description: '二', kind: '安全', category: '管理缺陷', attachments: [elsewhere] },
        ],
      },
      inspector(),
    );
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues[0].path).toMatch(/^findings\.1\.attachments/);
    expect((await t.api.get(`/v1/inspections/${i.id}`, admin())).body.state).toBe('assigned');
  });
});

describe('a plan’s scope and sample', () => {
  const total = async (query: string) =>
    (await t.api.get(`/v1/enterprises?active=true&limit=1${query}`, admin())).body.total as number;

  it('shows how many enterprises are in scope, how many to draw and how many were drawn', async () => {
    const all = await total('');
    const plan = (await t.api.get(`/v1/inspection-plans/${home.plan.id}`, admin())).body;
    expect(plan.sample).toEqual({ inScope: all, toDraw: 2, drawn: 2, inScopeAtDraw: all });

    const { industry } = await t.db
      .selectFrom('enterprise')
      .select('industry')
      .where('id', '=', w.enterprises.home1.id)
      .executeTakeFirstOrThrow();
    const ratio = await t.api.post(
      '/v1/inspection-plans',
      {
        ...planBodyFor([home.item.id], { sampleSize: undefined, sampleRatio: 0.5 }),
        scope: { industries: [industry], riskColours: [] },
      },
      admin(),
    );
    expect(ratio.status, JSON.stringify(ratio.body)).toBe(201);
    const inIndustry = await total(`&industry=${encodeURIComponent(industry)}`);
    expect(ratio.body.scope.industries).toEqual([industry]);
    expect(ratio.body.sample).toEqual({
      inScope: inIndustry,
      toDraw: Math.max(1, Math.ceil(inIndustry * 0.5)),
      drawn: null,
      inScopeAtDraw: null,
    });
  });
});

describe('a plan’s items from the check-item library', () => {
  it('takes library items into the catalogue once, and refuses a plan with no item', async () => {
    const added = await t.api.post(
      '/v1/check-items',
      { content: '是否按规定开展隐患排查治理', basis: '《安全生产法》第四十一条', industries: [] },
      w.users.platformAdmin.cookie,
    );
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const body = planBodyFor([], { libraryItems: [{ checkItemId: added.body.id }] });
    const plan = await t.api.post('/v1/inspection-plans', body, inspector());
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    expect(plan.body.items).toMatchObject([
      { name: '是否按规定开展隐患排查治理', legalBasis: '《安全生产法》第四十一条' },
    ]);
    const again = await t.api.post('/v1/inspection-plans', body, inspector());
    expect(again.body.items[0].id).toBe(plan.body.items[0].id);
    const catalogue = (await t.api.get('/v1/inspection-items', admin())).body.items as {
      name: string;
    }[];
    expect(catalogue.filter((i) => i.name === '是否按规定开展隐患排查治理')).toHaveLength(1);
    // The neighbour's catalogue is untouched.
    const theirs = (await t.api.get('/v1/inspection-items', w.users.neighbourAdmin.cookie)).body
      .items as { name: string }[];
    expect(theirs.some((i) => i.name === '是否按规定开展隐患排查治理')).toBe(false);

    const none = await t.api.post('/v1/inspection-plans', planBodyFor([]), admin());
    expect(none.status).toBe(422);
    expect(none.body.error.message).toContain('至少选择一项抽查事项');
    const unknown = await t.api.post(
      '/v1/inspection-plans',
      planBodyFor([], { libraryItems: [{ checkItemId: '00000000-0000-4000-8000-000000000000' }] }),
      admin(),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.issues[0].path).toBe('libraryItems.0.checkItemId');
  });
});

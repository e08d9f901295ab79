import { countOverduePublications } from '../../api/src/modules/inspections/inspections.service.js';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hazardApi, inDays, submitBody } from '../support/hazards.js';
import {
  makeHomeInspections,
  planBodyFor,
  recordBody,
  type HomeInspections,
} from '../support/inspections.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// 双随机一公开 through the API (docs/domain.md section 5): plan → draw → verify, redo with a reason,
// shortages, a team recording its inspection with a finding that opens a hazard only the agency
// accepts, publication and its deadline, and who may do what.

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

describe('directory and catalogue', () => {
  it('keeps 执法证号 unique and links only inspector accounts of the agency', async () => {
    const dup = await t.api.post(
      '/v1/inspectors',
      { name: '重复', badgeNumber: home.inspectors.linked.badgeNumber },
      admin(),
    );
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toContain('执法证号');
    const notInspector = await t.api.post(
      '/v1/inspectors',
      { name: '企业人', badgeNumber: 'JX-X-1', userId: w.users.home1Admin.userId },
      admin(),
    );
    expect(notInspector.status).toBe(422);
    expect(notInspector.body.error.issues[0].path).toBe('userId');
  });

  it('lets only the agency admin keep the directory, and shows it to its own agency only', async () => {
    expect(
      (await t.api.post('/v1/inspectors', { name: 'a', badgeNumber: 'x1' }, inspector())).status,
    ).toBe(403);
    expect(
      (
        await t.api.post(
          '/v1/inspection-items',
          { name: 'a', legalBasis: 'b', method: 'c' },
          inspector(),
        )
      ).status,
    ).toBe(403);
    expect((await t.api.get('/v1/inspectors', w.users.home1Admin.cookie)).status).toBe(403);
    const neighbours = await t.api.get('/v1/inspectors', w.users.neighbourAdmin.cookie);
    expect(neighbours.body.items).toEqual([]);
    const patch = await t.api.patch(
      `/v1/inspectors/${home.inspectors.other.id}`,
      { active: false },
      w.users.neighbourAdmin.cookie,
    );
    expect(patch.status).toBe(404);
  });

  it('declares conflicts only with enterprises in the subtree', async () => {
    const out = await t.api.post(
      '/v1/inspector-conflicts',
      {
        inspectorId: home.inspectors.other.id,
        enterpriseId: w.enterprises.neighbour1.id,
        reason: '亲属',
      },
      admin(),
    );
    expect(out.status).toBe(404);
  });
});

describe('plans', () => {
  it('refuses a team of fewer than 2, citing the legal minimum', async () => {
    const reply = await t.api.post(
      '/v1/inspection-plans',
      planBodyFor([home.item.id], { teamSize: 1 }),
      admin(),
    );
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues[0].path).toBe('teamSize');
    expect(reply.body.error.message).toContain('双随机、一公开');
    expect(reply.body.error.message).toContain('两名以上执法人员');
  });

  it('takes items from its own catalogue only and scopes jurisdictions to the subtree', async () => {
    const foreign = await t.api.post(
      '/v1/inspection-plans',
      planBodyFor([home.item.id]),
      w.users.neighbourAdmin.cookie,
    );
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.issues[0].path).toBe('itemIds.0');
    const outside = await t.api.post(
      '/v1/inspection-plans',
      planBodyFor([home.item.id], { scope: { jurisdictions: ['360730'] } }),
      admin(),
    );
    expect(outside.status).toBe(404);
  });

  it('refuses plans to enterprise roles and hides them from other agencies', async () => {
    expect(
      (
        await t.api.post(
          '/v1/inspection-plans',
          planBodyFor([home.item.id]),
          w.users.home1Admin.cookie,
        )
      ).status,
    ).toBe(403);
    expect(
      (await t.api.get(`/v1/inspection-plans/${home.plan.id}`, w.users.neighbourAdmin.cookie))
        .status,
    ).toBe(404);
    expect(
      (await t.api.get(`/v1/inspection-plans/${home.plan.id}`, w.users.cityAdmin.cookie)).status,
    ).toBe(404);
  });
});

describe('the draw', () => {
  // Eight more inspectors, so that later plans still find teams once the first plan's pairings
  // are excluded (each inspector skips the enterprises of their previous plan).
  beforeAll(async () => {
    for (let n = 1; n <= 8; n++) {
      const reply = await t.api.post(
        '/v1/inspectors',
        { name: `执法${n}`, badgeNumber: `JX-MORE-${n}` },
        admin(),
      );
      expect(reply.status).toBe(201);
    }
  });

  it('draws the sample with teams, publishes its inputs and verifies', async () => {
    const p = home.draw.published;
    expect(p.result).toHaveLength(2);
    expect(p.candidates.map((c: { creditCode: string }) => c.creditCode).sort()).toEqual(
      [w.enterprises.home1.creditCode, w.enterprises.home2.creditCode].sort(),
    );
    for (const r of p.result) expect(r.team).toHaveLength(2);
    expect(p.seedInputs.supervisorValue).toBe('8421');
    expect(p.candidatesHash).toMatch(/^[0-9a-f]{64}$/);
    const verify = await t.api.post(
      `/v1/inspection-draws/${home.draw.id}/verify`,
      undefined,
      inspector(),
    );
    expect(verify.body).toMatchObject({ matches: true, seedMatches: true, resultMatches: true });
    const open = await t.api.get(`/v1/public/inspection-draws/${home.draw.id}/verify`);
    expect(open.body.matches).toBe(true);
    const file = await t.api.get(`/v1/public/inspection-draws/${home.draw.id}`);
    expect(file.headers.get('content-disposition')).toContain('attachment');
    expect(file.body).toEqual(p);
  });

  it('weighs red and blacklisted enterprises by the settings', async () => {
    await t.db
      .updateTable('enterprise')
      .set({ risk_level: 'red' })
      .where('id', '=', w.enterprises.home1.id)
      .execute();
    await t.db
      .updateTable('enterprise')
      .set({ credit_status: 'blacklisted', risk_level: 'orange' })
      .where('id', '=', w.enterprises.home2.id)
      .execute();
    const plan = (
      await t.api.post(
        '/v1/inspection-plans',
        planBodyFor([home.item.id], { sampleSize: 1 }),
        admin(),
      )
    ).body;
    const drawn = await t.api.post(
      `/v1/inspection-plans/${plan.id}/draws`,
      { supervisorValue: 'w' },
      admin(),
    );
    const weights = Object.fromEntries(
      drawn.body.published.candidates.map((c: { creditCode: string; weight: number }) => [
        c.creditCode,
        c.weight,
      ]),
    );
    expect(weights).toEqual({
      [w.enterprises.home1.creditCode]: 3,
      [w.enterprises.home2.creditCode]: 3,
    });
    // The first plan's pairings are excluded, and recorded with the draw.
    const first = home.draw.published.result as { creditCode: string; team: string[] }[];
    const expected = first.flatMap((r) =>
      r.team.map((badge) => ({ badge, creditCode: r.creditCode, reason: 'previous_plan' })),
    );
    expect(drawn.body.published.exclusions).toEqual(expect.arrayContaining(expected));
    for (const r of drawn.body.published.result)
      for (const x of expected.filter((e) => e.creditCode === r.creditCode))
        expect(r.team).not.toContain(x.badge);
  });

  it('says false once a stored input was tampered with, and a draw cannot be altered', async () => {
    await expect(
      sql`update inspection_draw set redo_reason = 'x' where id = ${home.draw.id}`.execute(t.db),
    ).rejects.toThrow(/final/);
    const plan = (await t.api.post('/v1/inspection-plans', planBodyFor([home.item.id]), admin()))
      .body;
    const drawn = (
      await t.api.post(`/v1/inspection-plans/${plan.id}/draws`, { supervisorValue: 't' }, admin())
    ).body;
    await t.db.transaction().execute(async (trx) => {
      await sql`alter table inspection_draw disable trigger inspection_draw_final`.execute(trx);
      await sql`update inspection_draw set published = jsonb_set(published, '{seedInputs,supervisorValue}', '"9999"') where id = ${drawn.id}`.execute(
        trx,
      );
      await sql`alter table inspection_draw enable trigger inspection_draw_final`.execute(trx);
    });
    const verify = await t.api.post(`/v1/inspection-draws/${drawn.id}/verify`, undefined, admin());
    expect(verify.body).toMatchObject({ matches: false, seedMatches: false });
  });

  it('redoes only with a reason, and keeps both draws visible', async () => {
    const plan = (await t.api.post('/v1/inspection-plans', planBodyFor([home.item.id]), admin()))
      .body;
    const first = (
      await t.api.post(`/v1/inspection-plans/${plan.id}/draws`, { supervisorValue: 'a' }, admin())
    ).body;
    const silent = await t.api.post(
      `/v1/inspection-plans/${plan.id}/draws`,
      { supervisorValue: 'b' },
      admin(),
    );
    expect(silent.status).toBe(422);
    expect(silent.body.error.issues[0].path).toBe('redoReason');
    const redo = await t.api.post(
      `/v1/inspection-plans/${plan.id}/draws`,
      { supervisorValue: 'b', redoReason: '监督人未到场' },
      admin(),
    );
    expect(redo.status).toBe(201);
    const detail = (await t.api.get(`/v1/inspection-plans/${plan.id}`, admin())).body;
    expect(
      detail.draws.map((d: { id: string; current: boolean; redoReason: string | null }) => [
        d.id,
        d.current,
        d.redoReason,
      ]),
    ).toEqual([
      [redo.body.id, true, '监督人未到场'],
      [first.id, false, null],
    ]);
    const voided = detail.inspections.filter((i: { void: boolean }) => i.void);
    expect(voided.map((i: { drawId: string }) => i.drawId)).toEqual([first.id, first.id]);
  });

  it('keeps a failed draw like any other: inputs, what failed, who and when; the next is a redo', async () => {
    const tooMany = (
      await t.api.post(
        '/v1/inspection-plans',
        planBodyFor([home.item.id], { sampleSize: 3 }),
        admin(),
      )
    ).body;
    const fewEnterprises = await t.api.post(
      `/v1/inspection-plans/${tooMany.id}/draws`,
      { supervisorValue: 's' },
      admin(),
    );
    expect(fewEnterprises.status).toBe(422);
    expect(fewEnterprises.body.error.code).toBe('DRAW_SHORTAGE');
    expect(fewEnterprises.body.error.message).toContain('只有 2 家，少于抽取数量 3 家');
    expect(fewEnterprises.body.error.message).toContain('已记录并公开');
    const detail = (await t.api.get(`/v1/inspection-plans/${tooMany.id}`, admin())).body;
    expect(detail.drawCount).toBe(1);
    expect(detail.inspections).toEqual([]);
    const [failed] = detail.draws;
    expect(failed).toMatchObject({
      seq: 1,
      current: false,
      failed: true,
      failure: { what: 'enterprises', available: 2, required: 3 },
      drawnBy: expect.any(String),
      drawnAt: expect.any(String),
    });
    expect(failed.published.seedInputs.supervisorValue).toBe('s');
    expect(failed.published.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(failed.published.candidates).toHaveLength(2);
    expect(failed.published.algorithmVersion).toBe('es-sha256-v2');
    // Anyone can recompute the failure too.
    expect((await t.api.get(`/v1/public/inspection-draws/${failed.id}/verify`)).body.matches).toBe(
      true,
    );
    // Trying again is a redo: it needs a reason, and is numbered after the failure.
    const silent = await t.api.post(
      `/v1/inspection-plans/${tooMany.id}/draws`,
      { supervisorValue: 't' },
      admin(),
    );
    expect(silent.status).toBe(422);
    expect(silent.body.error.issues[0].path).toBe('redoReason');
    const again = await t.api.post(
      `/v1/inspection-plans/${tooMany.id}/draws`,
      { supervisorValue: 't', redoReason: '范围内企业不足，核对后重抽' },
      admin(),
    );
    expect(again.status).toBe(422);
    expect(again.body.error.message).toContain('第 2 次');
    // The public page lists both failed attempts with their reasons, and how to check them.
    const page = (await t.api.get(`/v1/public/agencies/${w.agencies.home}/inspections`)).body;
    const attempts = page.draws.filter((d: { planName: string }) => d.planName === tooMany.name);
    expect(attempts.map((d: { seq: number; failed: boolean }) => [d.seq, d.failed])).toEqual([
      [2, true],
      [1, true],
    ]);
    expect(attempts[0]).toMatchObject({
      redoReason: '范围内企业不足，核对后重抽',
      failure: expect.stringContaining('少于抽取数量 3 家'),
      fileUrl: `http://localhost/api/v1/public/inspection-draws/${attempts[0].id}`,
      verifyUrl: `http://localhost/api/v1/public/inspection-draws/${attempts[0].id}/verify`,
    });
    expect(page.verification.command).toContain('verify-draw');
    expect(page.verification.warning).toContain('PUBLIC_ORIGIN');
  });

  it('names the enterprise no team can be formed for once conflicts leave too few, and keeps that draw', async () => {
    const declared = await t.api.post(
      '/v1/inspector-conflicts',
      {
        inspectorId: home.inspectors.other.id,
        enterpriseId: w.enterprises.home1.id,
        reason: '近亲属在该企业任职',
      },
      admin(),
    );
    expect(declared.status).toBe(201);
    // Ten inspectors, one in conflict with home1: previous pairings are waived, the conflict never.
    const plan = (
      await t.api.post(
        '/v1/inspection-plans',
        planBodyFor([home.item.id], { teamSize: 10 }),
        admin(),
      )
    ).body;
    const short = await t.api.post(
      `/v1/inspection-plans/${plan.id}/draws`,
      { supervisorValue: 's' },
      admin(),
    );
    expect(short.status).toBe(422);
    expect(short.body.error.message).toMatch(
      new RegExp(
        `^企业 ${w.enterprises.home1.creditCode} 除去回避和不在岗的人员后只有 9 名执法人员，少于每组 10 名`,
      ),
    );
    expect(short.body.error.issues[0].path).toBe(`inspectors.${w.enterprises.home1.creditCode}`);
    const draws = (await t.api.get(`/v1/inspection-plans/${plan.id}`, admin())).body.draws;
    expect(draws).toHaveLength(1);
    expect(draws[0].failure).toMatchObject({
      what: 'inspectors',
      creditCode: w.enterprises.home1.creditCode,
      available: 9,
      required: 10,
    });
    // With nine per team the same inputs draw: home2 gets its previous pairings back if needed.
    const nine = (
      await t.api.post(
        '/v1/inspection-plans',
        planBodyFor([home.item.id], { teamSize: 9 }),
        admin(),
      )
    ).body;
    const made = await t.api.post(
      `/v1/inspection-plans/${nine.id}/draws`,
      { supervisorValue: 's' },
      admin(),
    );
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    for (const r of made.body.published.result) {
      expect(r.team).toHaveLength(9);
      if (r.creditCode === w.enterprises.home1.creditCode) {
        expect(r.team).not.toContain(home.inspectors.other.badgeNumber);
      }
    }
    await t.db.deleteFrom('inspector_conflict').execute();
  });

  it('keeps the draw in force when a redo fails', async () => {
    const plan = (await t.api.post('/v1/inspection-plans', planBodyFor([home.item.id]), admin()))
      .body;
    const first = (
      await t.api.post(`/v1/inspection-plans/${plan.id}/draws`, { supervisorValue: 'a' }, admin())
    ).body;
    // Every inspector but one leaves: the redo cannot form teams of two.
    const leaving = (
      await t.db
        .selectFrom('inspector')
        .select('id')
        .where('active', '=', true)
        .where('id', '<>', home.inspectors.linked.id)
        .execute()
    ).map((i) => i.id);
    await t.db.updateTable('inspector').set({ active: false }).where('id', 'in', leaving).execute();
    try {
      const redo = await t.api.post(
        `/v1/inspection-plans/${plan.id}/draws`,
        { supervisorValue: 'b', redoReason: '监督人未到场' },
        admin(),
      );
      expect(redo.status).toBe(422);
      const detail = (await t.api.get(`/v1/inspection-plans/${plan.id}`, admin())).body;
      expect(
        detail.draws.map((d: { id: string; current: boolean; failed: boolean }) => [
          d.current,
          d.failed,
        ]),
      ).toEqual([
        [false, true],
        [true, false],
      ]);
      expect(detail.draws[1].id).toBe(first.id);
      expect(detail.inspections.every((i: { void: boolean }) => !i.void)).toBe(true);
    } finally {
      await t.db
        .updateTable('inspector')
        .set({ active: true })
        .where('id', 'in', leaving)
        .execute();
    }
  });
});

describe('execution', () => {
  const inspection = () => home.inspections.find((i) => i.enterpriseId === w.enterprises.home1.id)!;

  it('shows each team its assignments', async () => {
    const mine = await t.api.get(`/v1/inspections?mine=true&plan=${home.plan.id}`, inspector());
    expect(mine.body.items.map((i: { id: string }) => i.id).sort()).toEqual(
      home.inspections.map((i) => i.id).sort(),
    );
    expect(mine.body.items.every((i: { mine: boolean }) => i.mine)).toBe(true);
    expect((await t.api.get(`/v1/inspections?mine=true`, admin())).body.items).toEqual([]);
    expect(
      (await t.api.get(`/v1/inspections/${inspection().id}`, w.users.neighbourAdmin.cookie)).status,
    ).toBe(404);
  });

  it('lets only the team record, and opens a hazard that only the agency accepts', async () => {
    const i = inspection();
    const finding = {
      description: '配电箱未接地',
      kind: '电气',
      category: '物的不安全状态',
      hazard: { grade: '一般', deadline: inDays(10) },
    };
    const body = recordBody(i.items, {
      itemResults: [{ itemId: i.items[0]!.id, result: 'fail' }],
      findings: [finding],
    });
    expect((await t.api.post(`/v1/inspections/${i.id}/record`, body, admin())).status).toBe(403);
    expect(
      (await t.api.post(`/v1/inspections/${i.id}/record`, body, w.users.neighbourAdmin.cookie))
        .status,
    ).toBe(404);
    expect(
      (await t.api.post(`/v1/inspections/${i.id}/record`, body, w.users.home1Admin.cookie)).status,
    ).toBe(403);
    const past = await t.api.post(
      `/v1/inspections/${i.id}/record`,
      { ...body, findings: [{ ...finding, hazard: { grade: '一般', deadline: inDays(-1) } }] },
      inspector(),
    );
    expect(past.status).toBe(422);
    expect(past.body.error.issues[0].path).toBe('findings.0.hazard.deadline');
    expect((await t.api.get(`/v1/inspections/${i.id}`, admin())).body.state).toBe('assigned');

    const recorded = await t.api.post(`/v1/inspections/${i.id}/record`, body, inspector());
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(recorded.body.state).toBe('recorded');
    const hazardId = recorded.body.findings[0].hazardId;
    expect(recorded.body.findings[0].hazardState).toBe('rectifying');
    const again = await t.api.post(`/v1/inspections/${i.id}/record`, body, inspector());
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('当前状态为「已记录」');

    const enterprise = hazardApi(t.api, w.enterprises.home1.id, w.users.home1Admin.cookie);
    const seen = await enterprise.get(hazardId);
    expect(seen.body).toMatchObject({
      source: '监管检查',
      state: 'rectifying',
      foundByAgencyId: w.agencies.home,
    });
    await enterprise.moved(hazardId, submitBody());
    expect((await enterprise.move(hazardId, { action: 'accept' })).status).toBe(403);
    const regulator = hazardApi(t.api, w.enterprises.home1.id, w.users.homeAdmin.cookie);
    expect((await regulator.move(hazardId, { action: 'accept' })).body.state).toBe('closed');
  });

  it('tracks the publication deadline and lists overdue publications', async () => {
    const i = inspection();
    const got = (await t.api.get(`/v1/inspections/${i.id}`, admin())).body;
    // 2026-11-02 is a Monday: 20 working days later is Monday 30 November, end of day China time.
    expect(got.publishDueAt).toBe('2026-11-30T15:59:59.999Z');
    const path = '/360000/360700/360735/';
    expect(await countOverduePublications(t.db, path, new Date('2026-11-30T15:00:00Z'))).toBe(0);
    expect(await countOverduePublications(t.db, path, new Date('2026-12-01T00:00:00Z'))).toBe(1);
    expect(
      await countOverduePublications(
        t.db,
        '/360000/360700/360730/',
        new Date('2027-01-01T00:00:00Z'),
      ),
    ).toBe(0);
    const listed = await t.api.get('/v1/inspections/overdue-publications', admin());
    expect(listed.body.count).toBe(new Date() > new Date('2026-11-30T15:59:59.999Z') ? 1 : 0);
    expect(
      (await t.api.get('/v1/inspections/overdue-publications?jurisdiction=360730', admin())).status,
    ).toBe(404);
    expect(
      (await t.api.get('/v1/inspections/overdue-publications', w.users.neighbourAdmin.cookie)).body
        .count,
    ).toBe(0);
  });

  it('counts overdue publications on the dashboard, for the county and in the city’s child row', async () => {
    const i = inspection();
    const due = (
      await t.db
        .selectFrom('inspection')
        .select('publish_due_at')
        .where('id', '=', i.id)
        .executeTakeFirstOrThrow()
    ).publish_due_at;
    // The dashboard reads the clock: move the deadline into the past, and back afterwards.
    await t.db
      .updateTable('inspection')
      .set({ publish_due_at: new Date('2026-01-05T00:00:00Z') })
      .where('id', '=', i.id)
      .execute();
    try {
      const county = await t.api.get('/v1/dashboard?jurisdiction=360735', admin());
      expect(county.body.figures.inspections.overduePublications).toBe(
        await countOverduePublications(t.db, '/360000/360700/360735/', new Date()),
      );
      expect(county.body.figures.inspections.overduePublications).toBe(1);
      const city = await t.api.get('/v1/dashboard?jurisdiction=360700', w.users.cityAdmin.cookie);
      const child = (code: string) =>
        city.body.children.find((c: { code: string }) => c.code === code).figures.inspections;
      expect(child('360735').overduePublications).toBe(1);
      expect(child('360730').overduePublications).toBe(0);
      const neighbour = await t.api.get('/v1/dashboard', w.users.neighbourAdmin.cookie);
      expect(neighbour.body.figures.inspections.overduePublications).toBe(0);
    } finally {
      await t.db
        .updateTable('inspection')
        .set({ publish_due_at: due })
        .where('id', '=', i.id)
        .execute();
    }
  });

  it('publishes the result on the agency public page with the hazard state', async () => {
    const i = inspection();
    const before = await t.api.get(`/v1/public/agencies/${w.agencies.home}/inspections`);
    expect(before.body.items).toEqual([]);
    expect(
      (await t.api.post(`/v1/inspections/${i.id}/publish`, undefined, w.users.home1Admin.cookie))
        .status,
    ).toBe(403);
    expect(
      (
        await t.api.post(
          `/v1/inspections/${i.id}/publish`,
          undefined,
          w.users.neighbourAdmin.cookie,
        )
      ).status,
    ).toBe(404);
    const other = home.inspections.find((x) => x.id !== i.id)!;
    const unrecorded = await t.api.post(`/v1/inspections/${other.id}/publish`, undefined, admin());
    expect(unrecorded.status).toBe(409);
    expect(unrecorded.body.error.message).toContain('当前状态为「待检查」');
    const published = await t.api.post(`/v1/inspections/${i.id}/publish`, undefined, admin());
    expect(published.body.state).toBe('published');
    expect(await countOverduePublications(t.db, '/360000/', new Date('2027-01-01T00:00:00Z'))).toBe(
      0,
    );
    const page = await t.api.get(`/v1/public/agencies/${w.agencies.home}/inspections`);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0]).toMatchObject({
      enterpriseName: '石城甲公司',
      outcome: 'fail',
      inspectedOn: '2026-11-02',
      hazards: [{ description: '配电箱未接地', grade: '一般', state: 'closed' }],
    });
    expect(JSON.stringify(page.body)).not.toContain(w.users.homeInspector.userId);
    expect(
      (await t.api.get(`/v1/public/agencies/${w.agencies.neighbour}/inspections`)).body.items,
    ).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksApi } from '../support/checks.js';
import { itemOf, makeIndustryEnterprise, type IndustryEnterprise } from '../support/criteria.js';
import {
  confirmGeneralTimed,
  confirmMajor,
  expectStatus,
  hazardApi,
  inDays,
} from '../support/hazards.js';
import { makeHomeInspections, recordBody, type HomeInspections } from '../support/inspections.js';
import { makeRiskChain, type RiskChain } from '../support/risk.js';
import { makeTipoff, tipoffApi, verifyBody } from '../support/tipoffs.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The check-item library and the other ways a hazard gets its 判定 item (docs/domain-criteria.md
// sections 5 and 7): a measure adopts items, a failed check proposes the link; a regulator's
// catalogue and its findings; a verified tip-off.

let t: TestApp;
let w: World;
let chemical: IndustryEnterprise;
let chain: RiskChain;
/** Drawn before any other enterprise exists: both of its inspections are at 机械 enterprises. */
let inspections: HomeInspections;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  inspections = await makeHomeInspections(t.api, w);
  chemical = await makeIndustryEnterprise(t.db, w, '危险化学品');
  chain = await makeRiskChain(t.db, chemical.id);
});
afterAll(() => t.drop());

const measurePath = (enterpriseId: string, measureId: string) =>
  `/v1/enterprises/${enterpriseId}/control-measures/${measureId}/check-items`;

describe('the check-item library', () => {
  it('lists check items and every 判定 item in force, filtered by industry and words', async () => {
    const admin = w.users.platformAdmin.cookie;
    const added = expectStatus(
      await t.api.post(
        '/v1/check-items',
        {
          content: '有限空间作业前是否先通风、再检测、后作业',
          basis: '《工贸企业有限空间作业安全规定》',
          industries: ['建材', '轻工'],
        },
        admin,
      ),
      201,
    );
    expect([added.kind, added.method, added.actions]).toEqual([
      'check',
      '现场检查、查阅资料',
      ['edit', 'archive'],
    ]);
    const q = encodeURIComponent('有限空间');
    const forBuilding = expectStatus(
      await t.api.get(`/v1/public/check-items?q=${q}&industry=${encodeURIComponent('建材')}`),
      200,
    );
    expect(forBuilding.items.map((i: any) => [i.kind, i.criterion?.citation ?? i.basis])).toEqual([
      ['check', '《工贸企业有限空间作业安全规定》'],
      ['criterion', '《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条（二）'],
      ['criterion', '《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条（四）'],
    ]);
    expect(forBuilding.actions).toEqual([]);
    const forChemicals = expectStatus(
      await t.api.get(`/v1/public/check-items?q=${q}&industry=${encodeURIComponent('危险化学品')}`),
      200,
    );
    expect(forChemicals.items.map((i: any) => i.criterion?.standardCode)).toEqual(['weihua-2017']);

    const archived = expectStatus(
      await t.api.patch(`/v1/check-items/${added.id}`, { archived: true }, admin),
      200,
    );
    expect([archived.archived, archived.actions]).toEqual([true, ['edit', 'restore']]);
    const without = expectStatus(await t.api.get(`/v1/public/check-items?q=${q}&kind=check`), 200);
    expect(without.total).toBe(0);
    expect(
      (
        await t.api.patch(
          `/v1/check-items/${added.id}`,
          { archived: false },
          w.users.homeAdmin.cookie,
        )
      ).status,
    ).toBe(403);
  });
});

describe('a measure that adopted a 判定 item', () => {
  it('adopts into the check content, once, only items that apply to the enterprise', async () => {
    const path = measurePath(chemical.id, chain.measureId);
    const item = await itemOf(t.api, 'weihua-2017', '（十五）');
    const adopted = expectStatus(
      await t.api.post(path, { criterionItemId: item.id }, chemical.safety.cookie),
      201,
    );
    expect(adopted.items.map((a: any) => a.criterion)).toEqual([
      { itemId: item.id, version: item.version },
    ]);
    expect(adopted.checkContent).toBe(
      `检查防护罩\n【检查项】${item.text}（依据：${item.citation}）`,
    );
    expect(adopted.actions).toEqual(['adopt']);
    expect(
      (await t.api.post(path, { criterionItemId: item.id }, chemical.safety.cookie)).status,
    ).toBe(409);

    const other = await itemOf(t.api, 'gongmao-2023', '第三条（一）');
    const refused = await t.api.post(path, { criterionItemId: other.id }, chemical.safety.cookie);
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('不适用于本企业');
    expect((await t.api.post(path, {}, chemical.safety.cookie)).status).toBe(422);
    const asRegulator = expectStatus(await t.api.get(path, w.users.homeInspector.cookie), 200);
    expect([asRegulator.items.length, asRegulator.actions]).toEqual([1, []]);

    const task = expectStatus(
      await checksApi(t.api, chemical.id, chemical.safety.cookie).tasks(),
      200,
    ).items.find((i: any) => i.measure.id === chain.measureId);
    expect(task.measure.criteria).toEqual([{ itemId: item.id, citation: item.citation }]);
  });

  it('a 异常 check proposes the link: the hazard is registered linked, and 一般 needs a reason', async () => {
    const item = await itemOf(t.api, 'weihua-2017', '（十五）');
    const checks = checksApi(t.api, chemical.id, chemical.safety.cookie);
    const record = expectStatus(
      await checks.record({
        measureId: chain.measureId,
        result: 'not_ok',
        note: '反应釜安全阀铅封缺失，未投用',
      }),
      201,
    );
    const hazards = hazardApi(t.api, chemical.id, chemical.safety.cookie);
    const hazard = expectStatus(await hazards.get(record.hazardId), 200);
    expect([hazard.source, hazard.state]).toEqual(['管控措施失效', 'reported']);
    expect(hazard.criterion).toMatchObject({ itemId: item.id, origin: 'check_record' });
    const refused = await hazards.move(hazard.id, confirmGeneralTimed());
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain(item.citation);
    expect((await hazards.moved(hazard.id, confirmMajor())).grade).toBe('重大');
  });

  it('asks which one failed when the measure adopted several, and links the one named', async () => {
    const second = await makeRiskChain(t.db, chemical.id);
    const path = measurePath(chemical.id, second.measureId);
    const a = await itemOf(t.api, 'weihua-2017', '（十二）');
    const b = await itemOf(t.api, 'weihua-2017', '（十四）');
    for (const item of [a, b]) {
      expectStatus(
        await t.api.post(path, { criterionItemId: item.id }, chemical.safety.cookie),
        201,
      );
    }
    const checks = checksApi(t.api, chemical.id, chemical.safety.cookie);
    const ask = await checks.record({
      measureId: second.measureId,
      result: 'not_ok',
      note: '报警仪失效',
    });
    expect(ask.status).toBe(422);
    expect(ask.body.error.message).toContain(a.citation);
    expect(ask.body.error.message).toContain(b.citation);
    const stranger = await itemOf(t.api, 'weihua-2017', '（一）');
    expect(
      (
        await checks.record({
          measureId: second.measureId,
          result: 'not_ok',
          note: '报警仪失效',
          criterionItemId: stranger.id,
        })
      ).status,
    ).toBe(422);
    const record = expectStatus(
      await checks.record({
        measureId: second.measureId,
        result: 'not_ok',
        note: '报警仪失效',
        criterionItemId: a.id,
      }),
      201,
    );
    const hazard = expectStatus(
      await hazardApi(t.api, chemical.id, chemical.safety.cookie).get(record.hazardId),
      200,
    );
    expect(hazard.criterion.itemId).toBe(a.id);
  });
});

describe('regulators and tip-offs', () => {
  it('an agency takes a 判定 item into its catalogue; a plan carries it; a finding links to it', async () => {
    const admin = w.users.homeAdmin.cookie;
    const item = await itemOf(t.api, 'gongmao-2023', '第三条（二）');
    const taken = expectStatus(
      await t.api.post('/v1/inspection-items/from-library', { criterionItemId: item.id }, admin),
      201,
    );
    expect(taken).toMatchObject({
      name: item.text,
      legalBasis: item.citation,
      criterionItemId: item.id,
    });
    expect(
      (await t.api.post('/v1/inspection-items/from-library', { criterionItemId: item.id }, admin))
        .status,
    ).toBe(409);
    const cut = await itemOf(t.api, 'gongmao-2023', '第四条（五）');
    expect(
      (await t.api.post('/v1/inspection-items/from-library', { criterionItemId: cut.id }, admin))
        .status,
    ).toBe(422);
    const plan = expectStatus(
      await t.api.post(
        '/v1/inspection-plans',
        {
          name: '判定标准专项抽查',
          periodStart: '2026-10-01',
          periodEnd: '2026-12-31',
          itemIds: [taken.id],
          sampleSize: 1,
          teamSize: 2,
        },
        admin,
      ),
      201,
    );
    expect(plan.items[0].criterionItemId).toBe(item.id);

    const inspection = inspections.inspections[0]!;
    const finding = (grade: string) => ({
      description: '电焊工无特种作业操作证上岗',
      kind: '安全',
      category: '人的不安全行为',
      hazard: { grade, deadline: inDays(15), criterionItemId: item.id },
    });
    const general = await t.api.post(
      `/v1/inspections/${inspection.id}/record`,
      recordBody(inspection.items, { findings: [finding('一般')] }),
      w.users.homeInspector.cookie,
    );
    expect(general.status).toBe(422);
    expect(general.body.error.issues[0].path).toBe('findings.0.hazard.grade');
    const recorded = expectStatus(
      await t.api.post(
        `/v1/inspections/${inspection.id}/record`,
        recordBody(inspection.items, { findings: [finding('重大')] }),
        w.users.homeInspector.cookie,
      ),
      200,
    );
    const hazardId = recorded.findings[0].hazardId;
    const hazard = expectStatus(
      await hazardApi(t.api, inspection.enterpriseId, admin).get(hazardId),
      200,
    );
    expect([hazard.grade, hazard.criterion.origin, hazard.criterion.itemId]).toEqual([
      '重大',
      'inspection',
      item.id,
    ]);
  });

  it('a tip-off verified with its 判定 item opens a linked hazard for the enterprise to triage', async () => {
    const home1 = w.enterprises.home1.id;
    const tipoff = await makeTipoff(t.db, home1);
    const item = await itemOf(t.api, 'gongmao-2023', '第三条（一）');
    const verified = expectStatus(
      await tipoffApi(t.api).move(
        tipoff.id,
        verifyBody({ criterionItemId: item.id }),
        w.users.homeAdmin.cookie,
      ),
      200,
    );
    const hazards = hazardApi(t.api, home1, w.users.home1Safety.cookie);
    const hazard = expectStatus(await hazards.get(verified.hazardId), 200);
    expect([hazard.source, hazard.state, hazard.criterion.origin]).toEqual([
      '举报',
      'reported',
      'tipoff',
    ]);
    const refused = await hazards.move(hazard.id, confirmGeneralTimed());
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain(item.citation);
  });
});

import type { Industry } from '@shuangfang/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemOf, makeIndustryEnterprise, type IndustryEnterprise } from '../support/criteria.js';
import {
  confirmGeneralTimed,
  confirmMajor,
  expectStatus,
  hazardApi,
  hazardBody,
  inDays,
} from '../support/hazards.js';
import { reportApi } from '../support/reports.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// A hazard that matches a 判定 item is 重大 by rule, and what follows a 重大 hazard names the item
// (docs/domain-criteria.md sections 3, 5 and 6).

let t: TestApp;
let w: World;
const companies = new Map<Industry, IndustryEnterprise>();

/** A sample of items from each standard an enterprise industry can use, with that industry. */
const SAMPLES: [Industry, string, string][] = [
  ['建材', 'gongmao-2023', '第六条（四）'],
  ['机械', 'gongmao-2023', '第三条（二）'],
  ['冶金', 'gongmao-2023', '第四条（三）'],
  ['轻工', 'gongmao-2023', '第十四条'],
  ['危险化学品', 'weihua-2017', '（十八）'],
  ['危险化学品', 'weihua-2017', '（三）'],
  ['烟花爆竹', 'yanhua-2017', '（四）'],
  ['非煤矿山', 'feimei-2022', '一（二十一）'],
  ['非煤矿山', 'feimei-2022', '二（六）'],
];

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  for (const industry of new Set(SAMPLES.map(([i]) => i))) {
    companies.set(industry, await makeIndustryEnterprise(t.db, w, industry));
  }
});
afterAll(() => t.drop());

const linkedBody = (itemId: string, over: Record<string, unknown> = {}) =>
  hazardBody({ criterionItemId: itemId, ...over });

describe('a hazard linked to a 判定 item', () => {
  it.each(SAMPLES)(
    '%s: %s %s is 重大, and its 双报告 draft and the agency’s 挂牌 to-do cite it',
    async (industry, standard, number) => {
      const company = companies.get(industry)!;
      const item = await itemOf(t.api, standard, number);
      const hazards = hazardApi(t.api, company.id, company.safety.cookie);
      const id = await hazards.registered(linkedBody(item.id));
      const registered = expectStatus(await hazards.get(id), 200);
      expect(registered.criterion).toMatchObject({
        itemId: item.id,
        version: item.version,
        citation: item.citation,
        origin: 'manual',
        notApplicableReason: null,
      });
      const confirmed = await hazards.moved(id, confirmMajor());
      expect([confirmed.grade, confirmed.state]).toEqual(['重大', 'rectifying']);

      const drafts = expectStatus(
        await reportApi(t.api, company.id, company.admin.cookie).list('state=draft'),
        200,
      ).items.filter((r: any) => r.hazardId === id);
      expect(drafts.map((r: any) => r.kind)).toEqual(['major_initial']);
      const report = expectStatus(
        await reportApi(t.api, company.id, company.admin.cookie).get(drafts[0].id),
        200,
      );
      expect(report.content.criterion).toMatchObject({ itemId: item.id, citation: item.citation });
      expect(report.content.sections.currentSituation).toContain(`判定依据：符合${item.citation}`);

      const todo = expectStatus(
        await t.api.get('/v1/notifications', w.users.homeAdmin.cookie),
        200,
      ).items.filter((n: any) => n.kind === 'supervision_to_consider' && n.href.includes(id));
      expect(todo).toHaveLength(1);
      expect(todo[0].title).toContain(item.citation);
      expect(todo[0].href).toBe(`/hazards/${id}?enterprise=${company.id}`);
      // Not another county's to-do.
      const neighbour = expectStatus(
        await t.api.get('/v1/notifications', w.users.neighbourAdmin.cookie),
        200,
      );
      expect(JSON.stringify(neighbour)).not.toContain(id);
    },
  );

  it('leaves the 挂牌 to-do once the hazard is listed', async () => {
    const company = companies.get('建材')!;
    const item = await itemOf(t.api, 'gongmao-2023', '第六条（一）');
    const hazards = hazardApi(t.api, company.id, company.safety.cookie);
    const id = await hazards.registered(linkedBody(item.id));
    await hazards.moved(id, confirmMajor());
    const todos = async () =>
      expectStatus(
        await t.api.get('/v1/notifications', w.users.homeInspector.cookie),
        200,
      ).items.filter((n: any) => n.kind === 'supervision_to_consider' && n.href.includes(id));
    expect(await todos()).toHaveLength(1);
    expectStatus(
      await t.api.post(
        `/v1/enterprises/${company.id}/hazards/${id}/supervision`,
        { number: '石应急督〔2026〕9号', deadline: inDays(20), requirements: '按判定标准整改' },
        w.users.homeInspector.cookie,
      ),
      201,
    );
    expect(await todos()).toEqual([]);
  });

  it('refuses confirming it as 一般 without a reason, naming the item; the regulator reads the reason', async () => {
    const company = companies.get('危险化学品')!;
    const item = await itemOf(t.api, 'weihua-2017', '（十五）');
    const hazards = hazardApi(t.api, company.id, company.safety.cookie);
    const id = await hazards.registered(linkedBody(item.id));

    const refused = await hazards.move(id, confirmGeneralTimed());
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain(item.citation);
    expect(refused.body.error.message).toContain('不适用');
    expect(refused.body.error.issues[0].path).toBe('criterionNotApplicable');
    expect(expectStatus(await hazards.get(id), 200).state).toBe('reported');

    const both = await hazards.move(id, { ...confirmMajor(), criterionNotApplicable: '理由' });
    expect(both.status).toBe(422);

    const reason = '安全阀已于登记当日校验合格投用，照片为停车检修期间拆下待装的备件';
    const general = await hazards.moved(id, {
      ...confirmGeneralTimed(),
      criterionNotApplicable: reason,
    });
    expect(general.grade).toBe('一般');
    expect(general.criterion).toMatchObject({ itemId: item.id, notApplicableReason: reason });
    expect(general.events.at(-1).payload).toMatchObject({
      criterion: { itemId: item.id, citation: item.citation },
      criterionNotApplicable: reason,
    });

    const asRegulator = expectStatus(
      await hazardApi(t.api, company.id, w.users.homeAdmin.cookie).get(id),
      200,
    );
    expect(asRegulator.criterion.notApplicableReason).toBe(reason);
    const dismissed = expectStatus(
      await t.api.get('/v1/hazards?criterionDismissed=true', w.users.homeAdmin.cookie),
      200,
    );
    expect(dismissed.items.map((h: any) => h.id)).toEqual([id]);
    // No report is drafted for a 一般 hazard, and no 挂牌 to-do.
    const notes = expectStatus(await t.api.get('/v1/notifications', w.users.homeAdmin.cookie), 200);
    expect(JSON.stringify(notes)).not.toContain(id);
  });

  it('refuses a reason for a hazard that is not linked', async () => {
    const company = companies.get('危险化学品')!;
    const hazards = hazardApi(t.api, company.id, company.safety.cookie);
    const id = await hazards.registered();
    const reply = await hazards.move(id, {
      ...confirmGeneralTimed(),
      criterionNotApplicable: '无关',
    });
    expect(reply.status).toBe(422);
    expect(reply.body.error.message).toContain('未关联');
  });

  it('links at triage: a worker’s report is linked when the manager confirms it', async () => {
    const company = companies.get('烟花爆竹')!;
    const worker = await (
      await import('../support/factories.js')
    ).makeUser(t.db, {
      role: 'worker',
      enterpriseId: company.id,
    });
    const id = await hazardApi(t.api, company.id, worker.cookie).registered(
      hazardBody({ source: undefined }),
    );
    const item = await itemOf(t.api, 'yanhua-2017', '（五）');
    const hazards = hazardApi(t.api, company.id, company.safety.cookie);
    const refused = await hazards.move(id, { ...confirmGeneralTimed(), criterionItemId: item.id });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain(item.citation);
    const confirmed = await hazards.moved(id, { ...confirmMajor(), criterionItemId: item.id });
    expect(confirmed.criterion).toMatchObject({ itemId: item.id, origin: 'manual' });
  });

  it('keeps the item version the hazard was judged against when the item is edited', async () => {
    const company = companies.get('非煤矿山')!;
    const item = await itemOf(t.api, 'feimei-2022', '二（三）');
    const hazards = hazardApi(t.api, company.id, company.safety.cookie);
    const id = await hazards.registered(linkedBody(item.id));
    await hazards.moved(id, confirmMajor());
    const edited = expectStatus(
      await t.api.put(
        `/v1/criteria/items/${item.id}`,
        {
          number: '二（三）',
          numberConfirmed: true,
          area: '金属非金属露天矿山',
          industries: [],
          text: `${item.text}（测试修订）`,
          fidelity: 'verbatim',
          source: '测试',
          keywords: [],
          changeReason: '测试：修订条文',
        },
        w.users.platformAdmin.cookie,
      ),
      200,
    );
    expect(edited.version).toBe(item.version + 1);
    const hazard = expectStatus(await hazards.get(id), 200);
    expect(hazard.criterion).toMatchObject({
      version: item.version,
      newerVersion: true,
      text: item.text,
    });
  });
});

describe('what may be linked', () => {
  it('an enterprise of another industry is not offered that standard’s items, nor may link them', async () => {
    const home1 = w.enterprises.home1.id; // 机械
    const search = (q: string, cookie = w.users.home1Safety.cookie) =>
      t.api.get(`/v1/enterprises/${home1}/criteria-items?q=${encodeURIComponent(q)}`, cookie);
    const offered = expectStatus(await search('受限空间'), 200);
    expect(offered.items).toEqual([]);
    expect(offered.standards.map((s: any) => s.code)).toEqual(['gongmao-2023']);
    const general = expectStatus(await search('特种作业'), 200);
    expect(general.items.map((i: any) => `${i.standard.code} ${i.number}`)).toEqual([
      'gongmao-2023 第三条（二）',
    ]);
    const building = expectStatus(await search('筒型储库'), 200);
    expect(building.items).toEqual([]); // 建材 items concern 建材 enterprises only

    const hazards = hazardApi(t.api, home1, w.users.home1Safety.cookie);
    for (const [standard, number, why] of [
      ['weihua-2017', '（十八）', '不适用于本企业'],
      ['gongmao-2023', '第六条（四）', '适用于建材企业'],
      ['meikuang-2020', '第五条（一）', '不适用于本企业'],
      ['gongmao-2023', '第四条（五）', '残缺'],
    ] as const) {
      const item = await itemOf(t.api, standard, number);
      const reply = await hazards.register(linkedBody(item.id));
      expect(reply.status, `${standard} ${number}`).toBe(422);
      expect(reply.body.error.issues[0].path).toBe('criterionItemId');
      expect(reply.body.error.message).toContain(why);
    }
  });

  it('the hazard form finds 有限空间 items for a 建材 enterprise', async () => {
    const company = companies.get('建材')!;
    const found = expectStatus(
      await t.api.get(
        `/v1/enterprises/${company.id}/criteria-items?q=${encodeURIComponent('有限空间')}`,
        company.safety.cookie,
      ),
      200,
    );
    expect(found.items.map((i: any) => i.number)).toEqual(['第六条（二）', '第六条（四）']);
    expect(found.items.every((i: any) => i.linkable && i.actions.length === 0)).toBe(true);
  });

  it('follows the jurisdiction’s setting of which standards apply to an industry', async () => {
    const home1 = w.enterprises.home1.id;
    const unknown = await t.api.put(
      '/v1/jurisdictions/360735/settings',
      { criteriaStandardsByIndustry: { 机械: ['no-such-2020'] } },
      w.users.homeAdmin.cookie,
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.message).toContain('no-such-2020');
    expectStatus(
      await t.api.put(
        '/v1/jurisdictions/360735/settings',
        { criteriaStandardsByIndustry: { 机械: ['gongmao-2023', 'weihua-2017'] } },
        w.users.homeAdmin.cookie,
      ),
      200,
    );
    try {
      const offered = expectStatus(
        await t.api.get(
          `/v1/enterprises/${home1}/criteria-items?q=${encodeURIComponent('受限空间')}`,
          w.users.home1Safety.cookie,
        ),
        200,
      );
      expect(offered.items.map((i: any) => i.number)).toEqual(['（十八）']);
      // The neighbouring county inherits nothing of it.
      const neighbour = expectStatus(
        await t.api.get(
          `/v1/enterprises/${w.enterprises.neighbour1.id}/criteria-items?q=${encodeURIComponent('受限空间')}`,
          w.users.neighbour1Admin.cookie,
        ),
        200,
      );
      expect(neighbour.items).toEqual([]);
    } finally {
      await t.api.put(
        '/v1/jurisdictions/360735/settings',
        { criteriaStandardsByIndustry: null },
        w.users.homeAdmin.cookie,
      );
    }
  });

  it('a regulator’s finding linked to an item must be graded 重大', async () => {
    const company = companies.get('冶金')!;
    const item = await itemOf(t.api, 'gongmao-2023', '第四条（一）');
    const regulator = hazardApi(t.api, company.id, w.users.homeInspector.cookie);
    const general = await regulator.register(
      linkedBody(item.id, { source: '监管检查', grade: '一般', deadline: inDays(10) }),
    );
    expect(general.status).toBe(422);
    expect(general.body.error.message).toContain(item.citation);
    const id = await regulator.registered(
      linkedBody(item.id, { source: '监管检查', grade: '重大', deadline: inDays(10) }),
    );
    const hazard = expectStatus(await regulator.get(id), 200);
    expect([hazard.grade, hazard.criterion.origin]).toEqual(['重大', 'inspection']);
  });
});

describe('重大隐患 by 判定 item (regulators)', () => {
  it('counts the subtree’s linked 重大 hazards per item and industry, with open ones', async () => {
    const view = expectStatus(
      await t.api.get('/v1/criteria/major-hazards', w.users.homeAdmin.cookie),
      200,
    );
    expect(view.jurisdiction).toEqual({ code: '360735', name: '石城县' });
    const row = (number: string) => view.items.find((r: any) => r.item.number === number);
    expect(row('第六条（四）')).toMatchObject({
      hazards: 1,
      open: 1,
      enterprises: 1,
      industries: [{ industry: '建材', hazards: 1, open: 1, enterprises: 1 }],
    });
    // The hazard confirmed 一般 with a reason is not counted; the regulator's finding is.
    expect(row('（十五）')).toBeUndefined();
    expect(row('第四条（一）')).toMatchObject({ hazards: 1, industries: [{ industry: '冶金' }] });
    const building = view.industries.find((r: any) => r.industry === '建材');
    expect(building).toMatchObject({ hazards: 2, enterprises: 1 });
    expect(view.total.hazards).toBe(view.items.reduce((n: number, r: any) => n + r.hazards, 0));

    const chemicals = expectStatus(
      await t.api.get(
        `/v1/criteria/major-hazards?industry=${encodeURIComponent('危险化学品')}`,
        w.users.cityAdmin.cookie,
      ),
      200,
    );
    expect(chemicals.jurisdiction.code).toBe('360700');
    expect(chemicals.items.map((r: any) => r.item.number).sort()).toEqual(['（三）', '（十八）']);

    const drill = expectStatus(
      await t.api.get(
        `/v1/hazards?grade=${encodeURIComponent('重大')}&criterionItemId=${row('第六条（四）').item.id}`,
        w.users.homeAdmin.cookie,
      ),
      200,
    );
    expect(drill.items).toHaveLength(1);
    expect(drill.items[0].criterion.number).toBe('第六条（四）');
  });

  it('shows a neighbour nothing of the home county, and refuses its code', async () => {
    const own = expectStatus(
      await t.api.get('/v1/criteria/major-hazards', w.users.neighbourAdmin.cookie),
      200,
    );
    expect(own.total).toEqual({ hazards: 0, open: 0, enterprises: 0, items: 0 });
    const home = await t.api.get(
      '/v1/criteria/major-hazards?jurisdiction=360735',
      w.users.neighbourAdmin.cookie,
    );
    expect(home.status).toBe(404);
    expect((await t.api.get('/v1/criteria/major-hazards', w.users.home1Admin.cookie)).status).toBe(
      403,
    );
    const platform = await t.api.get('/v1/criteria/major-hazards', w.users.platformAdmin.cookie);
    expect(platform.status).toBe(422);
  });
});

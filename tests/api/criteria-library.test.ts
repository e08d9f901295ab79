import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemBody, itemOf, standardBody, type LibraryItem } from '../support/criteria.js';
import { expectStatus } from '../support/hazards.js';
import { REPO_ROOT } from '../support/paths.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The 判定标准 library (docs/domain-criteria.md sections 2, 4 and 8): what ships, that it matches
// its docs page, that anyone reads and searches it, and that only a platform admin keeps it, as
// versions.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

/** The table of docs/domain-criteria.md section 2: code → held and official counts. */
async function documentedCounts() {
  const page = await readFile(`${REPO_ROOT}/docs/domain-criteria.md`, 'utf8');
  const rows = [...page.matchAll(/^\| `([a-z0-9-]+)` +\|(.*)\|$/gm)];
  return new Map(
    rows.map(([, code, rest]) => {
      const cells = rest!.split('|').map((c) => c.trim());
      return [code!, { holding: cells[3], held: Number(cells[4]), official: cells[5] }];
    }),
  );
}

describe('the shipped standards', () => {
  it('hold the item counts their docs page states, each item with a number (or none), text and source', async () => {
    const documented = await documentedCounts();
    const list = expectStatus(await t.api.get('/v1/public/criteria/standards'), 200);
    expect(list.items.map((s: any) => s.code).sort()).toEqual([...documented.keys()].sort());
    for (const s of list.items) {
      const doc = documented.get(s.code)!;
      const detail = expectStatus(await t.api.get(`/v1/public/criteria/standards/${s.code}`), 200);
      expect(detail.items, s.code).toHaveLength(doc.held);
      expect(s.heldItemCount, s.code).toBe(doc.held);
      expect(s.holding, s.code).toBe(doc.holding === '完整' ? 'complete' : 'partial');
      expect(String(s.officialItemCount ?? '未核实'), s.code).toBe(doc.official);
      for (const item of detail.items) {
        expect(item.number === null || item.number.length > 0).toBe(true);
        expect(item.text.length, `${s.code} ${item.number}`).toBeGreaterThan(5);
        expect(item.source.length, `${s.code} ${item.number}`).toBeGreaterThan(5);
        expect(item.citation).toContain(`《${s.title}》`);
      }
    }
  });

  it('marks what the reference left unconfirmed or cut off', async () => {
    const gongmao = expectStatus(
      await t.api.get('/v1/public/criteria/standards/gongmao-2023'),
      200,
    );
    const unnumbered = gongmao.items.filter((i: LibraryItem) => i.number === null);
    expect(unnumbered).toHaveLength(7); // 第五条 有色, numbers not found
    expect(unnumbered.every((i: any) => i.area === '有色' && !i.numberConfirmed)).toBe(true);
    expect(unnumbered[0].citation).toContain('原文项号未取得');
    const cut = await itemOf(t.api, 'gongmao-2023', '第四条（五）');
    expect([cut.fidelity, cut.linkable]).toEqual(['partial', false]);
    const inferred = await itemOf(t.api, 'weihua-2017', '（七）');
    expect(inferred.citation).toContain('项号待核实');
    expect((await itemOf(t.api, 'weihua-2017', '（六）')).citation).not.toContain('待核实');
    const coal = expectStatus(await t.api.get('/v1/public/criteria/standards/meikuang-2020'), 200);
    expect([coal.confirmed, coal.industries, coal.status]).toEqual([false, [], 'current']);
  });
});

describe('reading and searching (public)', () => {
  it('finds items by Chinese words, in text or keywords, all words required', async () => {
    const found = expectStatus(
      await t.api.get(`/v1/public/criteria/items?q=${encodeURIComponent('有限空间')}`),
      200,
    );
    const numbers = found.items.map((i: any) => `${i.standard.code} ${i.number}`);
    expect(numbers).toEqual(
      expect.arrayContaining(['gongmao-2023 第六条（四）', 'weihua-2017 （十八）']),
    );
    expect(found.total).toBe(found.items.length);
    const both = expectStatus(
      await t.api.get(`/v1/public/criteria/items?q=${encodeURIComponent('粉尘 泄爆')}`),
      200,
    );
    expect(both.items.map((i: any) => i.number)).toEqual(['第十一条（三）']);
    // A wildcard is taken literally: only the items that contain a percent sign.
    const percent = expectStatus(
      await t.api.get(`/v1/public/criteria/items?q=${encodeURIComponent('%')}`),
      200,
    );
    expect(percent.total).toBeGreaterThan(0);
    expect(percent.items.every((i: any) => i.text.includes('%'))).toBe(true);
  });

  it('filters by standard and by industry', async () => {
    const byStandard = expectStatus(
      await t.api.get('/v1/public/criteria/items?standard=yanhua-2017&limit=200'),
      200,
    );
    expect(byStandard.total).toBe(20);
    expect(new Set(byStandard.items.map((i: any) => i.standard.code))).toEqual(
      new Set(['yanhua-2017']),
    );
    const metallurgy = expectStatus(
      await t.api.get(`/v1/public/criteria/items?industry=${encodeURIComponent('冶金')}&limit=200`),
      200,
    );
    const areas = new Set(metallurgy.items.map((i: any) => i.area));
    expect(areas).toContain('冶金');
    expect(areas).toContain('通用（管理类）');
    expect(areas).not.toContain('建材');
    expect(new Set(metallurgy.items.map((i: any) => i.standard.code))).toEqual(
      new Set(['gongmao-2023']),
    );
  });

  it('offers a platform admin its actions, and nobody else', async () => {
    const anonymous = expectStatus(await t.api.get('/v1/public/criteria/standards'), 200);
    expect(anonymous.actions).toEqual([]);
    expect(anonymous.items.every((s: any) => s.actions.length === 0)).toBe(true);
    const safety = expectStatus(
      await t.api.get('/v1/public/criteria/standards', w.users.home1Safety.cookie),
      200,
    );
    expect(safety.items[0].actions).toEqual([]);
    const admin = expectStatus(
      await t.api.get('/v1/public/criteria/standards', w.users.platformAdmin.cookie),
      200,
    );
    expect(admin.actions).toEqual(['add_standard']);
    expect(admin.items[0].actions).toEqual(['edit', 'retire', 'add_item']);
    const item = await itemOf(t.api, 'gongmao-2023', '第三条（一）');
    const asAdmin = expectStatus(
      await t.api.get(`/v1/public/criteria/items/${item.id}`, w.users.platformAdmin.cookie),
      200,
    );
    expect(asAdmin.actions).toEqual(['edit']);
    expect(asAdmin.versions).toHaveLength(1);
  });
});

describe('keeping the library (platform admin)', () => {
  it('adds a standard and its items; an edit is a new version and the old one stays', async () => {
    const admin = w.users.platformAdmin.cookie;
    const created = expectStatus(
      await t.api.post('/v1/criteria/standards', standardBody(), admin),
      201,
    );
    expect([created.code, created.status, created.heldItemCount]).toEqual([
      'aq3067-2026',
      'current',
      0,
    ]);
    expect(created.actions).toContain('add_item');
    expect((await t.api.post('/v1/criteria/standards', standardBody(), admin)).status).toBe(409);

    const added = expectStatus(
      await t.api.post('/v1/criteria/standards/aq3067-2026/items', itemBody(), admin),
      201,
    );
    expect([added.version, added.number, added.citation]).toEqual([
      1,
      '5.1.5',
      '《化工和危险化学品生产经营企业重大生产安全事故隐患判定准则》（AQ 3067—2026）5.1.5（项号待核实）',
    ]);
    const first = expectStatus(
      await t.api.post(
        '/v1/criteria/standards/aq3067-2026/items',
        itemBody({ number: '5.1.1', sortOrder: 1 }),
        admin,
      ),
      201,
    );
    const detail = expectStatus(await t.api.get('/v1/public/criteria/standards/aq3067-2026'), 200);
    expect(detail.items.map((i: any) => i.id)).toEqual([first.id, added.id]);

    const edited = expectStatus(
      await t.api.put(
        `/v1/criteria/items/${added.id}`,
        itemBody({
          numberConfirmed: true,
          text: '重大危险源包保责任人未履行包保责任。',
          changeReason: '按正式文本核对',
        }),
        admin,
      ),
      200,
    );
    expect(edited.version).toBe(2);
    expect(edited.versions.map((v: any) => [v.version, v.changeReason])).toEqual([
      [2, '按正式文本核对'],
      [1, null],
    ]);
    expect(edited.versions[1].text).toBe(itemBody().text);
    const unreasoned = await t.api.put(`/v1/criteria/items/${added.id}`, itemBody(), admin);
    expect(unreasoned.status).toBe(422);
    expect(unreasoned.body.error.message).toContain('修改原因');
  });

  it('retires a standard from a day, superseded by another; the retired one takes no new items', async () => {
    const admin = w.users.platformAdmin.cookie;
    expectStatus(
      await t.api.post(
        '/v1/criteria/standards',
        standardBody({
          code: 'prov-test-2020',
          effectiveFrom: '2020-01-01',
          jurisdictionCode: '360000',
        }),
        admin,
      ),
      201,
    );
    const early = await t.api.post(
      '/v1/criteria/standards/prov-test-2020/retire',
      { retiredFrom: '2019-12-31', reason: '测试' },
      admin,
    );
    expect(early.status).toBe(422);
    expect(early.body.error.message).toContain('废止日期');
    const retired = expectStatus(
      await t.api.post(
        '/v1/criteria/standards/prov-test-2020/retire',
        { retiredFrom: '2026-01-01', reason: '被新标准取代', supersededBy: 'gongmao-2023' },
        admin,
      ),
      200,
    );
    expect([retired.status, retired.supersededBy.code, retired.actions]).toEqual([
      'retired',
      'gongmao-2023',
      ['edit'],
    ]);
    expect(retired.jurisdiction).toEqual({ code: '360000', name: '江西省' });
    expect(
      (
        await t.api.post(
          '/v1/criteria/standards/prov-test-2020/retire',
          { retiredFrom: '2026-02-01', reason: '再次' },
          admin,
        )
      ).status,
    ).toBe(409);
    expect(
      (await t.api.post('/v1/criteria/standards/prov-test-2020/items', itemBody(), admin)).status,
    ).toBe(409);
    const current = expectStatus(
      await t.api.get('/v1/public/criteria/items?standard=prov-test-2020'),
      200,
    );
    expect(current.total).toBe(0);
  });

  it('refuses every other role', async () => {
    for (const user of [w.users.provinceAdmin, w.users.home1Admin]) {
      expect(
        (await t.api.post('/v1/criteria/standards', standardBody({ code: 'nope-1' }), user.cookie))
          .status,
      ).toBe(403);
    }
    expect(
      (await t.api.post('/v1/criteria/standards', standardBody({ code: 'nope-2' }))).status,
    ).toBe(401);
  });
});

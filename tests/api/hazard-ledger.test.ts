import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirmGeneralTimed,
  expectStatus,
  hazardApi,
  hazardBody,
  inDays,
  makeHazard,
  setDeadline,
  submitBody,
} from '../support/hazards.js';
import { makeRiskChain } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';
import { readXlsx } from '../support/xlsx.js';

// The 隐患排查治理台账: the enterprise's (with who found each hazard) and a regulator's subtree
// (with the enterprise, without the finder), as a page and as an .xlsx with the standard columns.

let t: TestApp;
let w: World;
let enterpriseId: string;
let closedId: string;
let overdueId: string;

const ENTERPRISE_HEADERS = [
  '序号',
  '隐患名称/描述',
  '位置',
  '来源',
  '隐患类型',
  '类别',
  '等级',
  '发现时间',
  '发现人',
  '整改措施',
  '责任人',
  '资金（元）',
  '期限',
  '状态',
  '验收人',
  '销号时间',
  '逾期',
];

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  enterpriseId = w.enterprises.home1.id;
  const safety = hazardApi(t.api, enterpriseId, w.users.home1Safety.cookie);
  const admin = hazardApi(t.api, enterpriseId, w.users.home1Admin.cookie);
  closedId = await safety.registered();
  await safety.moved(closedId, confirmGeneralTimed({ deadline: inDays(10) }));
  await safety.moved(closedId, submitBody());
  await admin.moved(closedId, { action: 'accept' });
  overdueId = await safety.registered();
  await safety.moved(overdueId, confirmGeneralTimed({ deadline: inDays(10) }));
  await setDeadline(t.db, enterpriseId, overdueId, new Date(Date.now() - 3.5 * 86_400_000));
  await makeHazard(t.db, w.enterprises.neighbour1.id, w.users.neighbour1Admin.userId);
});
afterAll(() => t.drop());

/** makeUser's default display name. */
const nameOf = (user: keyof World['users']) => `用户${w.users[user].phone.slice(-4)}`;
const ledgerUrl = (suffix = '') => `/v1/enterprises/${enterpriseId}/hazard-ledger${suffix}`;

describe('the enterprise’s ledger', () => {
  it('pages the rows with acceptor, closing time and days overdue', async () => {
    const body = expectStatus(await t.api.get(ledgerUrl(), w.users.home1Safety.cookie), 200);
    const closed = body.items.find((r: any) => r.id === closedId);
    expect(closed).toMatchObject({
      state: 'closed',
      stateName: '已销号',
      acceptorName: nameOf('home1Admin'),
      reporterName: nameOf('home1Safety'),
      measures: '更换泄爆片，清理积尘',
      responsiblePerson: '王工',
      funds: 12000.5,
      location: '粉碎车间东侧',
      overdue: false,
    });
    expect(closed.closedAt).not.toBeNull();
    expect(body.items.find((r: any) => r.id === overdueId)).toMatchObject({
      overdue: true,
      overdueDays: 4,
    });
    const onlyOverdue = expectStatus(
      await t.api.get(ledgerUrl('?overdue=true'), w.users.home1Admin.cookie),
      200,
    );
    expect(onlyOverdue.items.map((r: any) => r.id)).toEqual([overdueId]);
  });

  it('downloads as .xlsx with the standard columns, one row per hazard', async () => {
    const reply = await t.api.get(ledgerUrl('.xlsx'), w.users.home1Admin.cookie);
    expect(reply.status).toBe(200);
    // The Chinese name for clients that read filename*, a plain ASCII one for those that do not.
    const disposition = reply.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="hazard-ledger-\d{4}-\d{2}-\d{2}\.xlsx"; /);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('隐患排查治理台账-')}`);
    const [headers, ...rows] = await readXlsx(reply.body);
    expect(headers).toEqual(ENTERPRISE_HEADERS);
    expect(rows).toHaveLength(2);
    const at = (name: string) => ENTERPRISE_HEADERS.indexOf(name);
    const closed = rows.find((r) => r[at('状态')] === '已销号')!;
    expect(closed[at('验收人')]).toBe(nameOf('home1Admin'));
    expect(closed[at('发现人')]).toBe(nameOf('home1Safety'));
    expect(closed[at('等级')]).toBe('一般隐患');
    expect(closed[at('来源')]).toBe('日常排查');
    expect(closed[at('隐患类型')]).toBe('设备');
    expect(closed[at('资金（元）')]).toBe('12000.5');
    expect(closed[at('销号时间')]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(closed[at('逾期')]).toBe('');
    const overdue = rows.find((r) => r[at('状态')] === '整改中')!;
    expect(overdue[at('逾期')]).toBe('逾期4天');
    expect(rows.map((r) => r[0])).toEqual(['1', '2']);
  });

  it('is refused to workers, another enterprise and a neighbouring regulator', async () => {
    expect((await t.api.get(ledgerUrl('.xlsx'), w.users.home1Worker.cookie)).status).toBe(403);
    expect((await t.api.get(ledgerUrl(), w.users.neighbour1Admin.cookie)).status).toBe(404);
    expect((await t.api.get(ledgerUrl('.xlsx'), w.users.neighbourAdmin.cookie)).status).toBe(404);
  });
});

describe('a regulator’s ledger', () => {
  it('covers the subtree with the enterprise name and without the finder', async () => {
    const reply = await t.api.get('/v1/hazard-ledger.xlsx', w.users.homeInspector.cookie);
    expect(reply.status).toBe(200);
    const [headers, ...rows] = await readXlsx(reply.body);
    expect(headers).toContain('企业名称');
    expect(headers).not.toContain('发现人');
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r[headers!.indexOf('企业名称')] === '石城甲公司')).toBe(true);
    const page = expectStatus(
      await t.api.get('/v1/hazard-ledger?state=closed', w.users.homeAdmin.cookie),
      200,
    );
    expect(page.items.map((r: any) => r.id)).toEqual([closedId]);
    expect(page.items[0].reporterName).toBeNull();
  });

  it('shows a neighbouring regulator only its own county', async () => {
    const reply = await t.api.get('/v1/hazard-ledger.xlsx', w.users.neighbourAdmin.cookie);
    const [, ...rows] = await readXlsx(reply.body);
    expect(rows).toHaveLength(1);
    expect(rows.flat().join('|')).not.toContain('石城');
    expect((await t.api.get('/v1/hazard-ledger', w.users.home1Admin.cookie)).status).toBe(403);
  });
});

describe('the place of a hazard', () => {
  it('names its object, unit and written place once each, in the page and the .xlsx', async () => {
    const chain = await makeRiskChain(t.db, enterpriseId);
    const names = async (table: 'risk_object' | 'risk_unit', id: string) =>
      (
        await t.db
          .selectFrom(table)
          .select('name')
          .where('enterprise_id', '=', enterpriseId)
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).name;
    const object = await names('risk_object', chain.objectId);
    const unit = await names('risk_unit', chain.unitId);
    const safety = hazardApi(t.api, enterpriseId, w.users.home1Safety.cookie);
    // The place typed as the object's name again, and one that starts with the unit's name.
    const typedAgain = await safety.registered(
      hazardBody({ riskObjectId: chain.objectId, riskUnitId: chain.unitId, location: object }),
    );
    const longer = await safety.registered(
      hazardBody({
        riskObjectId: chain.objectId,
        riskUnitId: chain.unitId,
        location: `${unit}北侧平台`,
      }),
    );
    const page = expectStatus(await t.api.get(ledgerUrl(), w.users.home1Admin.cookie), 200);
    const row = (id: string) => page.items.find((r: any) => r.id === id);
    expect(row(typedAgain).location).toBe(`${object} / ${unit}`);
    expect(row(longer).location).toBe(`${object} / ${unit}北侧平台`);
    const [headers, ...rows] = await readXlsx(
      (await t.api.get(ledgerUrl('.xlsx'), w.users.home1Admin.cookie)).body,
    );
    const places = rows.map((r) => r[headers!.indexOf('位置')]);
    expect(places).toContain(`${object} / ${unit}`);
    expect(places).toContain(`${object} / ${unit}北侧平台`);
  });
});

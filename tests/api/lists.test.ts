import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emergencyBody, LEC_FOR, measureBody } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// 三清单 as .xlsx: read back with a spreadsheet library, headers, rows and merged cells checked.

let t: TestApp;
let w: World;
let enterpriseId: string;
const register = (path: string) => `/v1/enterprises/${enterpriseId}${path}`;

async function read(kind: string, cookie = w.users.home1Safety.cookie) {
  const reply = await t.api.get(register(`/lists/${kind}`), cookie);
  expect(reply.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(reply.body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return { reply, sheet, title: rows[0]![0], headers: rows[1]!, body: rows.slice(2) };
}

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  enterpriseId = w.enterprises.home1.id;
  const cookie = w.users.home1Safety.cookie;
  const object = await t.api.post(
    register('/risk-objects'),
    { name: '液氨冷库', kind: '储存设施', department: '仓储部', responsiblePerson: '吴海' },
    cookie,
  );
  const unit = await t.api.post(
    register(`/risk-objects/${object.body.id}/units`),
    { name: '氨机房', responsiblePerson: '吴海' },
    cookie,
  );
  for (const [factor, grade] of [
    ['液氨泄漏', 'red'],
    ['压缩机运转部位卷入', 'yellow'],
  ] as const) {
    const event = await t.api.post(
      register(`/risk-units/${unit.body.id}/events`),
      { hazardFactor: factor, accidentType: '中毒和窒息', consequence: '人员伤亡' },
      cookie,
    );
    await t.api.post(register(`/risk-events/${event.body.id}/assessments`), LEC_FOR[grade], cookie);
    await t.api.post(register(`/risk-events/${event.body.id}/measures`), measureBody(), cookie);
    await t.api.post(register(`/risk-events/${event.body.id}/measures`), measureBody(), cookie);
    if (grade === 'red') {
      await t.api.post(
        register(`/risk-events/${event.body.id}/emergency-measures`),
        emergencyBody(),
        cookie,
      );
    }
  }
});
afterAll(() => t.drop());

describe('three lists', () => {
  it('安全风险清单: one row per event, object and unit cells merged, Chinese headers', async () => {
    const { reply, sheet, title, headers, body } = await read('risk');
    expect(reply.headers.get('content-disposition')).toContain(
      encodeURIComponent('安全风险清单.xlsx'),
    );
    // Older clients, which ignore filename*, save a plain ASCII name.
    expect(reply.headers.get('content-disposition')).toMatch(
      /^attachment; filename="risk-list\.xlsx"; filename\*=UTF-8''/,
    );
    expect(title).toContain('安全风险清单');
    expect(headers.slice(0, 5)).toEqual([
      '序号',
      '风险分析对象',
      '重大危险源编码',
      '责任部门',
      '风险分析单元',
    ]);
    expect(headers).toContain('风险等级');
    expect(body).toHaveLength(2);
    expect(body.map((r) => r[headers.indexOf('风险等级')])).toEqual(['重大风险', '一般风险']);
    // The object's name spans both event rows.
    expect(sheet.getCell('B4').isMerged).toBe(true);
    expect(sheet.getCell('B4').master.address).toBe('B3');
  });

  it('管控措施清单: one row per measure, the event cells merged over its measures', async () => {
    const { headers, body, sheet } = await read('measures');
    expect(headers).toEqual([
      '序号',
      '风险分析对象',
      '风险分析单元',
      '危险有害因素',
      '风险等级',
      '措施类别',
      '管控措施',
      '管控层级',
      '责任人',
      '排查内容',
      '排查周期',
    ]);
    expect(body).toHaveLength(4);
    expect(sheet.getCell('D4').master.address).toBe('D3');
    expect(sheet.getCell('D5').master.address).toBe('D5');
  });

  it('应急处置清单: one row per emergency measure', async () => {
    const { headers, body } = await read('emergency');
    expect(headers.slice(-3)).toEqual(['应急处置措施', '应急物资装备', '报告电话']);
    expect(body).toHaveLength(1);
  });

  it('take their names from the jurisdiction settings', async () => {
    await t.api.put(
      '/v1/jurisdictions/360735/settings',
      { listNames: { risk: '风险辨识清单', measure: '管控措施清单', emergency: '应急处置清单' } },
      w.users.homeAdmin.cookie,
    );
    const { title, reply } = await read('risk');
    expect(title).toContain('风险辨识清单');
    expect(reply.headers.get('content-disposition')).toContain(
      encodeURIComponent('风险辨识清单.xlsx'),
    );
  });

  it('are read by the regulators above, refused to other tenants and counties', async () => {
    await read('risk', w.users.homeInspector.cookie);
    for (const user of [w.users.home2Admin, w.users.neighbourAdmin]) {
      expect((await t.api.get(register('/lists/risk'), user.cookie)).status).toBe(404);
    }
    expect((await t.api.get(register('/lists/hazards'), w.users.home1Safety.cookie)).status).toBe(
      422,
    );
  });
});

import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCreditCode } from '../support/factories.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';
import {
  fileForm,
  IMPORT_HEADERS,
  importRow,
  readXlsx,
  xlsxBuffer,
  type Cell,
} from '../support/xlsx.js';

// The registry's spreadsheets: the import template, all-or-nothing import with one issue per bad
// row (sheet row number + Chinese column), and the export of the caller's scope.

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EXPORT_HEADERS = [
  '统一社会信用代码',
  '企业名称',
  '行业',
  '规模',
  '地址',
  '行政区划代码',
  '行政区划',
  '监管机构',
  '风险等级',
  '标准化等级',
  '信用状态',
  '状态',
];

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

const enterpriseCount = async () =>
  (await sql<{ n: number }>`select count(*)::int as n from enterprise`.execute(t.db)).rows[0]!.n;

const upload = (data: Buffer | string, cookie = w.users.homeAdmin.cookie, name?: string) =>
  t.api.request('POST', '/v1/enterprises/import', { body: fileForm(data, name), cookie });

const sheet = async (rows: Cell[][], headers = IMPORT_HEADERS) => xlsxBuffer(headers, rows);

describe('GET /v1/enterprises/import-template.xlsx', () => {
  it('is an .xlsx with the Chinese columns, no data row, and an instructions sheet', async () => {
    const reply = await t.api.get('/v1/enterprises/import-template.xlsx', w.users.homeAdmin.cookie);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(reply.headers.get('content-disposition')).toBe(
      `attachment; filename="enterprise-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent('企业名录导入模板.xlsx')}`,
    );
    const rows = await readXlsx(reply.body);
    expect(rows).toEqual([IMPORT_HEADERS]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(reply.body as unknown as ArrayBuffer);
    const instructions = workbook.getWorksheet('填写说明')!;
    expect(instructions.rowCount).toBe(IMPORT_HEADERS.length + 1);
    // The agencies the importer may name are listed: its own, not a neighbour's.
    const agencyRule = instructions.getRow(IMPORT_HEADERS.length + 1).getCell(3).text;
    expect(agencyRule).toContain('石城县应急管理局');
    expect(agencyRule).not.toContain('宁都县应急管理局');
  });

  it('is for registrars only (an inspector gets 403)', async () => {
    const reply = await t.api.get(
      '/v1/enterprises/import-template.xlsx',
      w.users.homeInspector.cookie,
    );
    expect(reply.status).toBe(403);
  });
});

describe('POST /v1/enterprises/import', () => {
  it('imports a good sheet: 200 { imported } and the rows exist with their agency', async () => {
    const rows = [
      importRow(),
      importRow({ 行业: '危险化学品', 规模: '微型' }),
      importRow({ 监管机构: null }), // blank: the importing agency supervises
    ];
    const reply = await upload(await sheet(rows));
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ imported: 3 });

    const codes = rows.map((r) => r[0] as string);
    const stored = await t.db
      .selectFrom('enterprise')
      .select([
        'credit_code',
        'name',
        'industry',
        'scale',
        'jurisdiction_code',
        'supervising_agency_id',
      ])
      .where('credit_code', 'in', codes)
      .orderBy('credit_code')
      .execute();
    expect(stored).toHaveLength(3);
    for (const e of stored) {
      const source = rows.find((r) => r[0] === e.credit_code)!;
      expect(e).toMatchObject({
        name: source[1],
        industry: source[2],
        scale: source[3],
        jurisdiction_code: '360735',
      });
      expect(e.supervising_agency_id).toBe(w.agencies.home);
    }
  });

  it('accepts a lower-case credit code and numeric cells, as Excel stores them', async () => {
    const code = makeCreditCode('360735');
    const reply = await upload(
      await sheet([importRow({ 统一社会信用代码: code.toLowerCase(), 行政区划代码: 360735 })]),
    );
    expect(reply.status).toBe(200);
    const stored = await t.db
      .selectFrom('enterprise')
      .select('id')
      .where('credit_code', '=', code)
      .executeTakeFirst();
    expect(stored).toBeDefined();
  });

  it('reports every bad row with its sheet row and Chinese column, and imports nothing', async () => {
    const twice = makeCreditCode('360735');
    const good = makeCreditCode('360735');
    const badCheck = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
    const rows = [
      importRow({ 统一社会信用代码: good }), // row 2: fine on its own
      importRow({ 统一社会信用代码: badCheck }), // row 3
      importRow({ 行业: '采矿业' }), // row 4
      importRow({ 统一社会信用代码: twice }), // row 5: first use, fine
      importRow({ 统一社会信用代码: twice }), // row 6: repeats row 5
      importRow({ 统一社会信用代码: w.enterprises.home1.creditCode }), // row 7: already registered
      importRow({ 行政区划代码: '360730' }), // row 8: the neighbour county
      importRow({ 监管机构: '不存在的应急管理局' }), // row 9
      importRow({ 监管机构: '宁都县应急管理局' }), // row 10: exists, but outside the subtree
    ];
    const before = await enterpriseCount();
    const reply = await upload(await sheet(rows));

    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('IMPORT_INVALID');
    const issues = reply.body.error.issues as { row: number; path: string; message: string }[];
    expect(issues.map(({ row, path }) => ({ row, path }))).toEqual([
      { row: 3, path: '统一社会信用代码' },
      { row: 4, path: '行业' },
      { row: 6, path: '统一社会信用代码' },
      { row: 7, path: '统一社会信用代码' },
      { row: 8, path: '行政区划代码' },
      { row: 9, path: '监管机构' },
      { row: 10, path: '监管机构' },
    ]);
    expect(issues[0]!.message).toContain('校验位');
    expect(issues[2]!.message).toContain('第 5 行');
    expect(reply.body.error.message).toContain('7');
    expect(await enterpriseCount()).toBe(before);
  });

  it('refuses a file that is not an .xlsx: 422 naming file', async () => {
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
      'hex',
    );
    const zipButNotXlsx = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)]);
    for (const data of [png, 'name,credit\nfoo,bar\n', zipButNotXlsx]) {
      const reply = await upload(data);
      expect(reply.status).toBe(422);
      expect(reply.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['file']);
    }
  });

  it('refuses a request without a file: 422 naming file', async () => {
    const reply = await t.api.request('POST', '/v1/enterprises/import', {
      body: new FormData(),
      cookie: w.users.homeAdmin.cookie,
    });
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues[0].path).toBe('file');
  });

  it('refuses a sheet missing a required column, naming the column', async () => {
    const headers = IMPORT_HEADERS.filter((h) => h !== '行业');
    const row = importRow();
    const reply = await upload(
      await sheet([row.filter((_, i) => IMPORT_HEADERS[i] !== '行业')], headers),
    );
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues[0].path).toBe('file');
    expect(reply.body.error.message).toContain('行业');
    const stored = await t.db
      .selectFrom('enterprise')
      .select('id')
      .where('credit_code', '=', row[0] as string)
      .executeTakeFirst();
    expect(stored).toBeUndefined();
  });

  it('refuses a sheet with a header row only', async () => {
    const reply = await upload(await sheet([]));
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues[0].path).toBe('file');
  });

  it('refuses the downloaded template as it comes: 422, no data rows, nothing imported', async () => {
    const template = await t.api.get(
      '/v1/enterprises/import-template.xlsx',
      w.users.homeAdmin.cookie,
    );
    const before = await enterpriseCount();
    const reply = await upload(template.body);
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues).toEqual([{ path: 'file', message: '表格中没有数据行' }]);
    expect(await enterpriseCount()).toBe(before);
  });

  it('is for registrars only: an inspector or an enterprise admin gets 403, nothing imported', async () => {
    const data = await sheet([importRow()]);
    const before = await enterpriseCount();
    for (const user of [w.users.homeInspector, w.users.home1Admin]) {
      expect((await upload(data, user.cookie)).status).toBe(403);
    }
    expect(await enterpriseCount()).toBe(before);
  });
});

describe('GET /v1/enterprises/export.xlsx', () => {
  it('exports exactly the scoped registry, with Chinese headers', async () => {
    const reply = await t.api.get('/v1/enterprises/export.xlsx', w.users.homeAdmin.cookie);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe(XLSX_TYPE);
    const [headers, ...rows] = await readXlsx(reply.body);
    expect(headers).toEqual(EXPORT_HEADERS);

    const list = await t.api.get('/v1/enterprises?limit=200', w.users.homeAdmin.cookie);
    expect(rows.map((r) => r[0])).toEqual(
      list.body.items.map((e: { creditCode: string }) => e.creditCode),
    );
    expect(rows.length).toBe(list.body.total);
    const codes = rows.map((r) => r[0]);
    expect(codes).toContain(w.enterprises.home1.creditCode);
    expect(codes).not.toContain(w.enterprises.neighbour1.creditCode);
    expect(codes).not.toContain(w.enterprises.far1.creditCode);

    const home1 = rows.find((r) => r[0] === w.enterprises.home1.creditCode)!;
    expect(home1.slice(1)).toEqual([
      '石城甲公司',
      '机械',
      '小型',
      '测试路1号',
      '360735',
      '石城县',
      '石城县应急管理局',
      '未评估',
      '无',
      '正常',
      '在册',
    ]);
  });

  it('applies the same filters as the list', async () => {
    const reply = await t.api.get(
      `/v1/enterprises/export.xlsx?q=${encodeURIComponent('丙公司')}`,
      w.users.cityAdmin.cookie,
    );
    const [, ...rows] = await readXlsx(reply.body);
    expect(rows.map((r) => r[0])).toEqual([w.enterprises.neighbour1.creditCode]);
  });

  it('refuses enterprise roles: 403', async () => {
    expect((await t.api.get('/v1/enterprises/export.xlsx', w.users.home1Admin.cookie)).status).toBe(
      403,
    );
  });
});

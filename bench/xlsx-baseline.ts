import postgres from 'postgres';
import { quantile } from './sequential.js';
import { zip } from './zip.js';

// The floor an export is held against: the province's enterprise registry written by hand in the
// bench's own process — the same rows and columns read with postgres.js, the sheet's XML built as
// one string (inline strings, bold frozen header, column widths, a filter, as the app's sheet
// has), and the parts deflated into a minimal .xlsx. Timed whole, the read included.

const RISK_NAMES: Record<string, string> = {
  red: '重大风险',
  orange: '较大风险',
  yellow: '一般风险',
  blue: '低风险',
};
const COLUMNS: [header: string, width: number][] = [
  ['统一社会信用代码', 24],
  ['企业名称', 36],
  ['行业', 12],
  ['规模', 8],
  ['地址', 40],
  ['行政区划代码', 14],
  ['行政区划', 14],
  ['监管机构', 24],
  ['风险等级', 10],
  ['标准化等级', 10],
  ['信用状态', 10],
  ['状态', 8],
];
const LETTERS = COLUMNS.map((_, i) => String.fromCharCode(65 + i));

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006';

const escapeXml = (text: string) =>
  text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));

interface Registered {
  credit_code: string;
  name: string;
  industry: string;
  scale: string;
  address: string;
  jurisdiction_code: string;
  jurisdiction_name: string;
  agency_name: string;
  risk_level: string | null;
  standardization_level: string | null;
  credit_status: string;
  active: boolean;
}

const cells = (e: Registered) => [
  e.credit_code,
  e.name,
  e.industry,
  e.scale,
  e.address,
  e.jurisdiction_code,
  e.jurisdiction_name,
  e.agency_name,
  e.risk_level ? RISK_NAMES[e.risk_level]! : '未评估',
  e.standardization_level ?? '无',
  e.credit_status === 'blacklisted' ? '严重失信' : '正常',
  e.active ? '在册' : '已停用',
];

function row(n: number, values: string[], style = '') {
  let xml = `<row r="${n}">`;
  values.forEach((v, i) => {
    xml += `<c r="${LETTERS[i]}${n}"${style} t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`;
  });
  return `${xml}</row>`;
}

function sheetXml(rows: Registered[]) {
  const cols = COLUMNS.map(
    ([, width], i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`,
  ).join('');
  let data = row(
    1,
    COLUMNS.map(([header]) => header),
    ' s="1"',
  );
  rows.forEach((e, i) => (data += row(i + 2, cells(e))));
  return (
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>' +
    `</sheetViews><cols>${cols}</cols><sheetData>${data}</sheetData>` +
    `<autoFilter ref="A1:${LETTERS.at(-1)}1"/></worksheet>`
  );
}

const PARTS = {
  '[Content_Types].xml':
    `${HEAD}<Types xmlns="${PKG}/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '</Types>',
  '_rels/.rels':
    `${HEAD}<Relationships xmlns="${PKG}/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml':
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
    '<sheet name="企业名录" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    `${HEAD}<Relationships xmlns="${PKG}/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  'xl/styles.xml':
    `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>` +
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>' +
    '<cellXfs count="2"><xf/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>',
};

/** One run: read, write, deflate. */
async function writeRegistry(sql: postgres.Sql, path: string) {
  const rows = await sql<Registered[]>`
    select e.credit_code, e.name, e.industry, e.scale, e.address, e.jurisdiction_code,
      j.name as jurisdiction_name, a.name as agency_name, e.risk_level, e.standardization_level,
      e.credit_status, e.active
    from enterprise e
      join jurisdiction j on j.code = e.jurisdiction_code
      join agency a on a.id = e.supervising_agency_id
    where e.jurisdiction_code in (select code from jurisdiction where path like ${`${path}%`})
    order by e.name, e.id`;
  const file = zip([
    ...Object.entries(PARTS).map(([name, xml]) => ({ name, data: Buffer.from(xml) })),
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetXml(rows)) },
  ]);
  return { rows: rows.length, file };
}

/** Median of `runs` after `warmUp`, on one connection opened beforehand (the app's is open too). */
export async function timeHandWritten(url: string, path: string, runs: number, warmUp: number) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const ms: number[] = [];
    let last: { rows: number; file: Buffer } = { rows: 0, file: Buffer.alloc(0) };
    for (let i = 0; i < warmUp + runs; i++) {
      const t = performance.now();
      last = await writeRegistry(sql, path);
      if (i >= warmUp) ms.push(performance.now() - t);
    }
    return { p50: quantile(ms, 0.5), ...last };
  } finally {
    await sql.end();
  }
}

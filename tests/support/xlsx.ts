import ExcelJS from 'exceljs';
import { makeCreditCode } from './factories.js';

/** The columns of the registry import, in template order (the contract of enterprises.import.ts). */
export const IMPORT_HEADERS = [
  '统一社会信用代码',
  '企业名称',
  '行业',
  '规模',
  '地址',
  '行政区划代码',
  '监管机构',
];

export type Cell = string | number | null;

/** One sheet: a header row, then the rows, as a user would fill it in. */
export async function xlsxBuffer(headers: string[], rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every row of the first sheet as trimmed text, header row first. */
export async function readXlsx(data: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    for (let col = 1; col <= sheet.columnCount; col++) cells.push(row.getCell(col).text.trim());
    rows.push(cells);
  });
  return rows;
}

/** A multipart body with the file under `file`, as the upload form sends it. */
export function fileForm(data: Buffer | string, name = '企业名录.xlsx'): FormData {
  const form = new FormData();
  form.append('file', new File([typeof data === 'string' ? data : new Uint8Array(data)], name));
  return form;
}

/** An importable row in the home county (world.ts), with a fresh credit code unless given. */
export function importRow(over: Partial<Record<string, Cell>> = {}): Cell[] {
  const row: Record<string, Cell> = {
    统一社会信用代码: makeCreditCode('360735'),
    企业名称: `导入企业${Math.random().toString(36).slice(2, 8)}有限公司`,
    行业: '机械',
    规模: '小型',
    地址: '石城县工业园1号',
    行政区划代码: '360735',
    监管机构: '石城县应急管理局',
    ...over,
  };
  return IMPORT_HEADERS.map((h) => row[h] ?? null);
}

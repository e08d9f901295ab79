import type ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import { AppError } from './errors.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Column<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
}

interface Sheet<T> {
  name: string;
  columns: Column<T>[];
  rows: T[];
}

/**
 * An empty workbook. exceljs is loaded with the first spreadsheet rather than at start: with what
 * it pulls in, it is more than half of the server's code, and most runs never touch a spreadsheet.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  return new Excel.Workbook();
}

/** Sheets with a bold Chinese header row, frozen, and a filter on it. */
// `any`: each sheet has its own row type, and a Column<T> list is not assignable to Column<unknown>.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function writeWorkbook(sheets: Sheet<any>[]) {
  const workbook = await newWorkbook();
  for (const { name, columns, rows } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const writeSheet = <T>(name: string, columns: Column<T>[], rows: T[]) =>
  writeWorkbook([{ name, columns, rows }]);

/**
 * One sheet like `writeSheet`'s, written as a stream: each row is written and let go as it goes
 * (exceljs's streaming writer), so a large export never holds the whole workbook in memory, and
 * the response starts before the last row is written (docs/performance.md, exports).
 */
export async function streamSheet<T>(
  name: string,
  columns: Column<T>[],
  rows: Iterable<T>,
): Promise<ReadableStream<Uint8Array>> {
  const { default: Excel } = await import('exceljs');
  const out = new PassThrough();
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const write = async () => {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    for (const row of rows) sheet.addRow(columns.map((c) => c.value(row))).commit();
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/**
 * Reads the first sheet: the header row names the columns; every later non-empty row becomes a
 * record of trimmed strings keyed by header, with its 1-based sheet row number.
 */
export async function readSheet(data: ArrayBuffer) {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    throw new AppError(422, 'VALIDATION', 'file: 无法读取文件，请上传 .xlsx 格式的表格', [
      { path: 'file', message: '无法读取文件，请上传 .xlsx 格式的表格' },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [] as string[], records: [] };
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => (headers[col - 1] = cellText(cell.value)));
  const records: { row: number; values: Record<string, string> }[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, string> = {};
    headers.forEach((h, i) => (values[h] = cellText(row.getCell(i + 1).value)));
    if (Object.values(values).some((v) => v !== '')) records.push({ row: rowNumber, values });
  });
  return { headers, records };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return String(value.result ?? '').trim();
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value).trim();
}

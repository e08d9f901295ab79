import { newWorkbook } from '../../lib/xlsx.js';
import type { getRegister } from '../risk/risk.service.js';

// 三清单 as a safety officer prints them: a title row, a bold header, one row per item, and the
// cells of the object / unit / event that several rows share merged into one.

type Register = Awaited<ReturnType<typeof getRegister>>;
type Cell = string | number | null;
export type ListKind = 'risk' | 'measures' | 'emergency';

const GRADE = { red: '重大风险', orange: '较大风险', yellow: '一般风险', blue: '低风险' } as const;
const CYCLE = {
  hour: '小时',
  day: '天',
  week: '周',
  month: '月',
  quarter: '季度',
  year: '年',
} as const;

interface Layout {
  headers: { name: string; width: number }[];
  /** How many leading columns repeat per group (and are merged): the chain above the item. */
  groupColumns: number[];
  rows: { group: string[]; cells: Cell[] }[];
}

function walk(register: Register) {
  return register.objects.flatMap((o) =>
    o.units.flatMap((u) => u.events.map((e) => ({ o, u, e }))),
  );
}

function layout(kind: ListKind, register: Register): Layout {
  const chain = walk(register);
  const gradeOf = (g: keyof typeof GRADE | null) => (g ? GRADE[g] : '未评估');
  if (kind === 'risk') {
    return {
      headers: [
        { name: '风险分析对象', width: 18 },
        { name: '重大危险源编码', width: 16 },
        { name: '责任部门', width: 12 },
        { name: '风险分析单元', width: 16 },
        { name: '危险有害因素', width: 30 },
        { name: '事故类别', width: 12 },
        { name: '可能后果', width: 20 },
        { name: '评估方法', width: 9 },
        { name: '风险值', width: 8 },
        { name: '风险等级', width: 10 },
        { name: '管控层级', width: 10 },
        { name: '责任人', width: 10 },
      ],
      groupColumns: [1, 2, 3, 4],
      rows: chain.map(({ o, u, e }) => ({
        group: [o.id, o.id, o.id, u.id],
        cells: [
          o.name,
          o.majorHazardCode ?? '',
          o.department,
          u.name,
          e.hazardFactor,
          e.accidentType,
          e.consequence,
          e.latestAssessment?.method ?? '',
          e.latestAssessment?.score ?? '',
          // A repeated failure of one of its measures asks for a new assessment (docs/domain.md §1).
          e.reassessFlaggedAt ? `${gradeOf(e.grade)}（需重新评估）` : gradeOf(e.grade),
          e.controlLevel ?? '',
          u.responsiblePerson,
        ],
      })),
    };
  }
  const eventCells = (
    o: (typeof chain)[number]['o'],
    u: (typeof chain)[number]['u'],
    e: (typeof chain)[number]['e'],
  ) => [o.name, u.name, e.hazardFactor, gradeOf(e.grade)];
  const eventHeaders = [
    { name: '风险分析对象', width: 18 },
    { name: '风险分析单元', width: 16 },
    { name: '危险有害因素', width: 30 },
    { name: '风险等级', width: 10 },
  ];
  if (kind === 'measures') {
    return {
      headers: [
        ...eventHeaders,
        { name: '措施类别', width: 10 },
        { name: '管控措施', width: 36 },
        { name: '管控层级', width: 10 },
        { name: '责任人', width: 10 },
        { name: '排查内容', width: 30 },
        { name: '排查周期', width: 10 },
      ],
      groupColumns: [1, 2, 3, 4],
      rows: chain.flatMap(({ o, u, e }) =>
        e.measures.map((m) => ({
          group: [o.id, u.id, e.id, e.id],
          cells: [
            ...eventCells(o, u, e),
            m.category,
            m.description,
            m.controlLevel,
            m.responsiblePerson,
            m.checkContent,
            m.checkCycleUnit
              ? `每${m.checkCycleCount === 1 ? '' : m.checkCycleCount}${CYCLE[m.checkCycleUnit]}`
              : '',
          ],
        })),
      ),
    };
  }
  return {
    headers: [
      ...eventHeaders,
      { name: '应急处置措施', width: 40 },
      { name: '应急物资装备', width: 24 },
      { name: '报告电话', width: 16 },
    ],
    groupColumns: [1, 2, 3, 4],
    rows: chain.flatMap(({ o, u, e }) =>
      e.emergencyMeasures.map((m) => ({
        group: [o.id, u.id, e.id, e.id],
        cells: [...eventCells(o, u, e), m.steps, m.equipment, m.phone],
      })),
    ),
  };
}

export async function listWorkbook(
  kind: ListKind,
  title: string,
  enterpriseName: string,
  register: Register,
) {
  const { headers, groupColumns, rows } = layout(kind, register);
  const columns = [{ name: '序号', width: 6 }, ...headers];
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(title, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, columns.length);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = `${enterpriseName} ${title}`;
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  header.values = columns.map((c) => c.name);
  header.font = { bold: true };
  rows.forEach((row, i) => sheet.addRow([i + 1, ...row.cells]));

  // Merge each grouped column over the run of rows that share its group key.
  const first = 3;
  groupColumns.forEach((column, g) => {
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i === rows.length || rows[i]!.group[g] !== rows[start]!.group[g]) {
        if (i - start > 1) sheet.mergeCells(first + start, column + 1, first + i - 1, column + 1);
        start = i;
      }
    }
  });
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      cell.alignment = { vertical: 'middle', wrapText: true, ...(cell.alignment ?? {}) };
      cell.border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
    }),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
